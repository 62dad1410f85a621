// `npm run import` as batch migrations and automated checks run it: a child
// process, its stdout, stderr and exit code, against the run's database.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { buildPublication } from "../support/factories";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(tsx, ["scripts/import.ts", ...args], { env: { ...process.env, ...env }, maxBuffer: 10 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const fixture = (name: string) => `lib/domain/import/fixtures/${name}`;
const scratch = mkdtempSync(path.join(os.tmpdir(), "folio-import-"));

describe("npm run import", { timeout: 120_000 }, () => {
  it("--dry-run --json prints only the issue's JSON shape, with no database at all", async () => {
    // Exactly as the issue runs it: through npm, whose banner .npmrc keeps off stdout.
    const { stdout: viaNpm } = await run("npm", ["run", "import", "--", fixture("002_b90dd305e42dc0a2.txt"), "--dry-run", "--json"], { env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" } });
    expect(() => JSON.parse(viaNpm)).not.toThrow();
    const { code, stdout } = await cli([fixture("002_b90dd305e42dc0a2.txt"), "--dry-run", "--json"], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["issue", "articles", "warnings"]);
    expect(json.issue).toEqual({ date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: "癸卯年四月十四", pageEditor: null, layout: null, proofreader: null });
    expect(Object.keys(json.articles[0])).toEqual(["kicker", "headline", "subheadline", "column", "dateline", "bylines", "paragraphs"]);
    expect(json.articles[0].bylines[0]).toEqual({ name: "郭学锋", role: null });
    expect(json.warnings.some((w: string) => w.includes("四月二十"))).toBe(true);

    const other = JSON.parse((await cli([fixture("004_2ef35578912733a8.txt"), "--dry-run", "--json"])).stdout);
    expect(other.issue).toMatchObject({ layout: "晓南", proofreader: "王岚" });
    expect(other.articles[0]).toMatchObject({ column: "一把手访谈", subheadline: "——访涧西区委书记、高新区党工委书记谢峰", bylines: [{ name: "李三旺", role: "记者" }, { name: "董洁", role: "通讯员" }] });
  });

  it("refuses empty, binary, huge and unknown files in Chinese with a non-zero exit, writing nothing", async () => {
    const files = {
      "empty.txt": "",
      "binary.txt": Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)),
      "huge.md": "字".repeat(1_000_000),
      "broken.docx": Buffer.from("PK\u0003\u0004 not really a zip"),
      "scan.pdf": "%PDF-1.4",
    };
    const before = await getDb().importBatch.count();
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(scratch, name);
      writeFileSync(file, content);
      // Without --dry-run too for two of them: the file is refused before any database is opened.
      for (const extra of name === "binary.txt" || name === "broken.docx" ? [["--dry-run", "--json"], []] : [["--dry-run", "--json"]]) {
        const { code, stdout, stderr } = await cli([file, ...extra]);
        expect(code, `${name} ${extra}`).not.toBe(0);
        expect(stdout).toBe("");
        expect(stderr).toMatch(/[\u4e00-\u9fff]/u);
      }
    }
    expect((await cli([path.join(scratch, "missing.txt"), "--dry-run"])).stderr).toContain("无法读取");
    expect((await cli([])).code).toBe(2);
    expect(await getDb().importBatch.count()).toBe(before);
  });

  it("imports into the database without the web server and prints the issue's id and URLs", async () => {
    const publication = await buildPublication();
    const missing = await cli([fixture("004_2ef35578912733a8.txt"), "--publication", publication.slug]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("出版日期");

    const { code, stdout } = await cli([fixture("004_2ef35578912733a8.txt"), "--publication", publication.slug, "--date", "2024-01-10", "--number", "8", "--total", "20001", "--page", "2", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ page: 2, articles: 9 });
    expect(result.urls.desk).toMatch(new RegExp(`/desk/issues/${result.issueId}$`));
    expect(result.urls.reader).toContain(`/${publication.slug}/2024-01-10/02`);
    expect(await getDb().issue.findUnique({ where: { id: result.issueId } })).toMatchObject({ imported: true, totalNumber: 20001 });
  });
});

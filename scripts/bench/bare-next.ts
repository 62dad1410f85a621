// The Next.js baselines: a bare Next 16 app (no client components, no data)
// with one prerendered page and one `force-dynamic` page, both carrying the
// same markup (the article's, padded to its size). It lives in
// .folio/bench-bare-next, inside the checkout so that it resolves `next` and
// `react` from the project's node_modules (same versions, nothing installed);
// it is rebuilt only when its content changes.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startNextServer, type RunningServer } from "./server.ts";

const DIR = path.resolve(import.meta.dirname, "../../.folio/bench-bare-next");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-bare-next", private: true, type: "module" }),
  "next.config.mjs": `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(path.resolve(DIR, "../.."))} } };\n`,
  "app/layout.jsx": `export default function Layout({ children }) { return <html lang="zh-CN"><body>{children}</body></html>; }\n`,
  "app/content.js": `import { readFileSync } from "node:fs";\nimport path from "node:path";\nexport const content = () => readFileSync(path.join(process.cwd(), "content.html"), "utf8");\n`,
  // Read at build time and cached, as an ISR article is.
  "app/static/page.jsx": `import { content } from "../content.js";\nexport const revalidate = 60;\nexport default function Page() { return <main dangerouslySetInnerHTML={{ __html: content() }} />; }\n`,
  // Rendered on every request, as an uncached article is (minus the database).
  "app/dynamic/page.jsx": `import { content } from "../content.js";\nexport const dynamic = "force-dynamic";\nexport default function Page() { return <main dangerouslySetInnerHTML={{ __html: content() }} />; }\n`,
  "app/empty/page.jsx": `export default function Page() { return <main><p>空</p></main>; }\n`,
};

const nextBin = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");

/** Builds the bare app when its content differs from the last build. */
export function buildBareNext(contentHtml: string, log: (line: string) => void): void {
  const hash = createHash("sha256").update(contentHtml).update(JSON.stringify(FILES)).digest("hex");
  const stamp = path.join(DIR, ".content-hash");
  if (existsSync(path.join(DIR, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
    writeFileSync(path.join(DIR, file), text);
  }
  writeFileSync(path.join(DIR, "content.html"), contentHtml);
  log("Building the bare Next app (baseline)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: DIR, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`Building the bare Next app failed (exit ${result.status}).`);
  writeFileSync(stamp, hash);
}

export function startBareNext(log: (line: string) => void): Promise<RunningServer> {
  return startNextServer({ cwd: DIR, env: {}, log, healthPath: "/empty" });
}

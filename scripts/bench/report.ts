// The load bench's figures as a Markdown table, each throughput a ratio of the
// baseline measured in the same run, with the issue-10 targets beside them.
import type { ArchiveStats } from "./archive/generate.ts";
import type { Together } from "./editors.ts";
import type { JsBytes } from "./js-bytes.ts";
import type { LoadOptions, LoadResult } from "./load.ts";

export interface BenchReport {
  date: string;
  quick: boolean;
  machine: { cpus: number; model: string; memoryGb: number; loadAverage: number[]; node: string };
  options: LoadOptions;
  buildSeconds: number;
  archive: ArchiveStats;
  staticServer: string;
  sizes: { articleHtmlBytes: number };
  runs: LoadResult[];
  together: Together[];
  pdf: { seconds: number | null; bytes: number; status: number };
  publish: { seconds: number | null; error?: string };
  js: JsBytes[];
  totalSeconds: number;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : "—");
const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(a / b < 0.1 ? 2 : 0)} %` : "—");
const rps = (v: number) => (v >= 10 ? String(Math.round(v)) : v.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Which baseline each run is compared with, and the target it has. */
function against(name: string): { base: string; target: string } {
  if (name.startsWith("article (cached")) return { base: "bare Next, prerendered page", target: "≥ 90 % of bare prerendered; p99 ≤ 4× p50" };
  if (name.startsWith("article (uncached")) return { base: "bare Next, force-dynamic page", target: "≥ 80 % of bare force-dynamic" };
  if (name.includes("via nginx proxy")) return { base: "static", target: "≥ 85 % of nginx static; p99 ≤ 1.5× nginx's" };
  if (name.startsWith("search")) return { base: "static", target: "p95 < 50 ms (1 connection; p97.5 in JSON)" };
  if (name.startsWith("desk")) return { base: "static", target: "< 200 ms (1 connection)" };
  return { base: "static", target: "" };
}

export function printReport(r: BenchReport): void {
  const staticRun = r.runs[0]!;
  const byName = new Map(r.runs.map((run) => [run.name, run]));
  console.log(`\n### Folio bench ${r.quick ? "(--quick) " : ""}— ${r.date.slice(0, 16).replace("T", " ")} UTC`);
  console.log(`Machine: ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GB, Node ${r.machine.node}, load average at the end ${r.machine.loadAverage.map((l) => l.toFixed(1)).join(" ")} (shared machine: absolute figures are noisy, ratios less so).`);
  console.log(`Archive: ${r.archive.issues} issues, ${r.archive.articles} articles, generated in ${r.archive.seconds.toFixed(1)} s (indexes ${r.archive.indexSeconds.toFixed(1)} s), database ${(r.archive.databaseBytes / 2 ** 20).toFixed(0)} MB. Load: ${r.options.seconds} s × ${r.options.connections} connections after ${r.options.warmupSeconds} s warm-up; static server: ${r.staticServer}; article page ${kb(r.sizes.articleHtmlBytes)}.\n`);
  console.log("| run | req/s | p50 | p99 | errors | bytes/req | ratio | of | target | rounds (req/s) |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---|---|---|");
  for (const run of r.runs) {
    const { base, target } = against(run.name);
    const baseRun = base === "static" ? staticRun : byName.get(base);
    const ratio = run === staticRun || !baseRun ? "—" : pct(run.requestsPerSecond, baseRun.requestsPerSecond);
    const baseName = run === staticRun ? "" : base === "static" ? "static" : base.replace("bare Next, ", "bare ");
    console.log(`| ${run.name} | ${rps(run.requestsPerSecond)} | ${ms(run.p50Ms)} | ${ms(run.p99Ms)} | ${run.errors} | ${kb(run.bytesPerRequest)} | ${ratio} | ${baseName} | ${target} | ${run.rounds?.join(" / ") ?? ""} |`);
  }
  for (const { readers, idle } of r.together) {
    const idleRun = byName.get(idle);
    console.log(`| ${readers.name} | ${rps(readers.requestsPerSecond)} | ${ms(readers.p50Ms)} | ${ms(readers.p99Ms)} | ${readers.errors} | ${kb(readers.bytesPerRequest)} | ${idleRun ? pct(readers.requestsPerSecond, idleRun.requestsPerSecond) : "—"} | ${idle}, idle | ≥ 95 % of idle | |`);
  }
  console.log(`\n| also | figure | target |\n|---|---|---|`);
  for (const { autosave, readers } of r.together) {
    const where = readers.name.includes("proxy") ? "through the proxy, readers on its cache" : "next start, readers on the same process";
    console.log(`| autosave round trip, ${autosave.editors} editors every 2 s (${where}) | p50 ${ms(autosave.p50Ms)}, p99 ${ms(autosave.p99Ms)} (${autosave.saves} saves, ${autosave.failures} failed) | p99 < 100 ms |`);
  }
  console.log(`| PDF of an 8-page issue (desk route, Chromium) | ${r.pdf.seconds === null ? `failed (${r.pdf.status})` : `${r.pdf.seconds.toFixed(1)} s, ${kb(r.pdf.bytes)}`} | < 15 s |`);
  console.log(`| time to publish an 8-page issue (desk, Chromium: click to 已发布) | ${r.publish.seconds === null ? `failed: ${r.publish.error}` : `${r.publish.seconds.toFixed(2)} s`} | < 2 s |`);
  const bare = r.js.find((j) => j.view.startsWith("bare"));
  for (const j of r.js) {
    const extra = bare && j !== bare ? ` (+${kb(j.chunksGzip - bare.chunksGzip)} over bare Next)` : "";
    console.log(`| JS gzip, ${j.view} ${j.path} | ${kb(j.chunksGzip)} in ${j.scripts} chunks${extra}; inline RSC payload ${kb(j.inlineGzip)} | ${j === bare ? "reference" : "≤ bare + 10 KB"} |`);
  }
  console.log(`| build / whole bench | ${r.buildSeconds.toFixed(0)} s / ${r.totalSeconds.toFixed(0)} s | quick < 180 s, full < 900 s |`);
}

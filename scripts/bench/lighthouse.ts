// Lighthouse scores of the reader site (issue 6): `npm run bench:lighthouse`.
//
// What it measures: the production build (`next build`, then `next start`) on a
// fresh embedded PostgreSQL seeded with the demo data, whose 《伊滨新闻》 第10期
// (2023-06-07) is published. Three reader views — the issue, page 02 and the
// first article on it — each with Lighthouse's mobile (default) and desktop
// presets, in Debian's Chromium (lib/chromium.ts) started by chrome-launcher.
// Lighthouse downloads no browser; nothing here reaches beyond localhost.
//
// Baseline, in the same invocation: the same Lighthouse runs against
// scripts/bench/baseline.html, a near-empty static page on a throwaway static
// server. It is the best this machine scores, so the reader figures read
// against the machine's ceiling, not against an absolute.
//
// Throttling: Lighthouse's default, simulated (Lantern: a slow-4G network and a
// 4× CPU slowdown on mobile; desktop preset: a fast network, no CPU slowdown).
// Performance still depends on the host: the JSON keeps Lighthouse's
// benchmarkIndex of this machine, and the baseline shows its ceiling.
//
// Each target is run --runs times (default 3) in a fresh browser; the median
// run (Lighthouse's computeMedianRun, by FCP and TTI) is the one reported.
//
// Options:
//   --origin URL measure an app that is already running (npm run bench's load
//                part passes its own, which has the demo seeded)
//   --no-build   reuse the production build in .next when there is one
//                (without the flag, or without a build, it runs `next build`)
//   --no-fail    report only; otherwise exits 1 when any reader-view score is
//                below 95, a view does not answer 200, or Lighthouse errs
//   --runs N     runs per target and preset (default 3)
//   --paths a,b  measure these paths instead of the reader views (to try the
//                harness, e.g. --paths /,/login)
//   --preset mobile|desktop   only one preset
//
// Output: the table on stdout, bench-results/lighthouse.json (every figure,
// and every audit that lost points in a category under 100), and the HTML
// report of each median run in bench-results/lighthouse/.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, generateReport, type Config, type Flags, type Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../lib/chromium.ts";
import { buildApp, hasProductionBuild, startApp, startStaticPage, type RunningServer } from "./server.ts";

const THRESHOLD = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const PRESETS = ["mobile", "desktop"] as const;
type Preset = (typeof PRESETS)[number];

const PUBLICATION = "yibin";
const ISSUE_DATE = "2023-06-07";
const ISSUE_PATH = `/${PUBLICATION}/${ISSUE_DATE}`;
const PAGE_PATH = `${ISSUE_PATH}/02`;
const ARTICLE_LINK = new RegExp(`${ISSUE_PATH}/\\d\\d/[A-Za-z0-9_-]+(?=["'?#/\\s]|$)`);

// Keys of audit table rows that name nothing a reader of the report can act on.
const SKIPPED_KEYS = new Set(["subItems", "protocolReason", "lhId", "path", "boundingRect", "group", "type", "entity", "debugData"]);

const OUT_DIR = "bench-results";
const BASELINE_FILE = path.join(import.meta.dirname, "baseline.html");

interface Options {
  /** An app that is already running (the load bench's): no build, no server of its own. */
  origin: string | null;
  build: boolean;
  fail: boolean;
  runs: number;
  paths: string[] | null;
  presets: Preset[];
}

interface Target {
  view: string;
  path: string | null;
  baseline: boolean;
  /** Why there is nothing to measure (the view is missing). */
  missing?: string;
}

interface FailingAudit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  items: string[];
}

interface Measurement {
  view: string;
  preset: Preset;
  url: string | null;
  baseline: boolean;
  runs: number;
  error?: string;
  scores?: Record<Category, number | null>;
  metrics?: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; ttfbMs: number; transferBytes: number };
  /** Audits that lost points, per category that scored under 100. */
  failingAudits?: Partial<Record<Category, FailingAudit[]>>;
  report?: string;
  benchmarkIndex?: number;
  lighthouseVersion?: string;
  warnings?: string[];
}


/** The issue view, page 02 and the first article linked from it (or the issue). */
async function readerTargets(origin: string): Promise<Target[]> {
  const targets: Target[] = [];
  for (const [view, p] of [["issue", ISSUE_PATH], ["page", PAGE_PATH]] as const) {
    const status = await statusOf(origin + p);
    targets.push(status === 200 ? { view, path: p, baseline: false } : { view, path: null, baseline: false, missing: `${p} answered ${status}` });
  }
  const article = await findArticlePath(origin);
  targets.push(article ? { view: "article", path: article, baseline: false } : { view: "article", path: null, baseline: false, missing: `no article link found under ${ISSUE_PATH}` });
  return targets;
}

/** --paths: each path that answers 200. */
async function givenTargets(origin: string, paths: string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const p of paths) {
    const status = await statusOf(origin + p);
    targets.push(status === 200 ? { view: p, path: p, baseline: false } : { view: p, path: null, baseline: false, missing: `${p} answered ${status}` });
  }
  return targets;
}

/** The reader API when it exists; else the first article link on the page view, then the issue view. */
async function findArticlePath(origin: string): Promise<string | null> {
  const sources = [`/api/v1/publications/${PUBLICATION}/issues/${ISSUE_DATE}`, PAGE_PATH, ISSUE_PATH];
  for (const source of sources) {
    try {
      const response = await fetch(origin + source);
      if (!response.ok) continue;
      const match = ARTICLE_LINK.exec(await response.text());
      if (match && (await statusOf(origin + match[0])) === 200) return match[0];
    } catch {
      // Try the next source.
    }
  }
  return null;
}

async function statusOf(url: string): Promise<number> {
  try {
    const response = await fetch(url, { redirect: "manual" });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

async function measure(target: Target, url: string, preset: Preset): Promise<Measurement> {
  const base = { view: target.view, preset, url, baseline: target.baseline, runs: options.runs };
  // Warm the server (first hits load route code), so that the runs measure pages, not cold starts.
  for (let i = 0; i < 2; i++) await statusOf(url);
  const runs: Result[] = [];
  const errors: string[] = [];
  for (let i = 0; i < options.runs; i++) {
    try {
      const lhr = await runLighthouse(url, preset);
      if (lhr.runtimeError) errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      else runs.push(lhr);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (runs.length === 0) return { ...base, error: errors.join("; ") || "no run" };
  const lhr = runs.length > 1 ? computeMedianRun(runs) : runs[0]!;

  const reportDir = path.join(OUT_DIR, "lighthouse");
  mkdirSync(reportDir, { recursive: true });
  const report = path.join(reportDir, `${preset}-${target.view.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "root"}.html`);
  writeFileSync(report, generateReport(lhr, "html"));
  writeFileSync(report.replace(/\.html$/, ".json"), JSON.stringify(lhr));

  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, typeof score === "number" ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failingAudits: Partial<Record<Category, FailingAudit[]>> = {};
  for (const c of CATEGORIES) {
    if (scores[c] !== null && scores[c]! < 100) failingAudits[c] = lostPoints(lhr, c);
  }
  return {
    ...base,
    runs: runs.length,
    error: errors.length ? `${errors.length} run(s) failed: ${errors.join("; ")}` : undefined,
    scores,
    metrics: {
      fcpMs: numeric("first-contentful-paint"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      ttfbMs: numeric("server-response-time"),
      transferBytes: numeric("total-byte-weight"),
    },
    failingAudits,
    report,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lighthouseVersion: lhr.lighthouseVersion,
    warnings: lhr.runWarnings.length ? lhr.runWarnings : undefined,
  };
}

async function runLighthouse(url: string, preset: Preset): Promise<Result> {
  // A fresh browser and profile per run: nothing cached between runs.
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
  try {
    const flags: Flags = { port: chrome.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] };
    const config: Config | undefined = preset === "desktop" ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error("Lighthouse returned no result");
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** The audits of a category that lost points, with the elements and URLs they name. */
function lostPoints(lhr: Result, category: Category): FailingAudit[] {
  const out: FailingAudit[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit) continue;
    const mode = audit.scoreDisplayMode;
    if (mode === "notApplicable" || mode === "manual") continue;
    const weighted = ref.weight > 0 && typeof audit.score === "number" && audit.score < 1;
    // Performance insights and diagnostics weigh nothing, but say why metrics are slow.
    const flagged = category === "performance" && ref.weight === 0 && (mode === "metricSavings" || mode === "numeric" || mode === "binary") && typeof audit.score === "number" && audit.score < 0.9;
    if (!weighted && !flagged) continue;
    out.push({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      displayValue: audit.displayValue,
      items: describeItems(audit.details),
    });
  }
  return out;
}

/** One line per row of an audit's details table: the elements, URLs and figures it names. */
function describeItems(details: unknown, depth = 0): string[] {
  if (!details || typeof details !== "object" || depth > 2) return [];
  const { type, items } = details as { type?: string; items?: unknown[] };
  if (!Array.isArray(items)) return [];
  // A list of tables (insights, LCP element and phases): each in turn.
  if (type === "list") return items.flatMap((item) => describeItems(item, depth + 1));
  const lines: string[] = [];
  for (const item of items.slice(0, 12)) {
    if (!item || typeof item !== "object") continue;
    const parts: string[] = [];
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const text = describeValue(value);
      if (text) parts.push(key === "node" || key === "url" || key === "source" ? text : `${key}=${text}`);
    }
    // Nested rows (the frames of a bf-cache reason, the nodes of a contrast failure).
    const sub = (item as { subItems?: unknown }).subItems;
    let subLines = sub ? describeItems({ ...(sub as object), type: "table" }, depth + 1) : [];
    if (subLines.length > 4) subLines = [...subLines.slice(0, 3), `… and ${subLines.length - 3} more`];
    if (parts.length) lines.push([parts.join(" | "), ...subLines.map((line) => `    ${line}`)].join("\n      "));
  }
  if (items.length > 12) lines.push(`… and ${items.length - 12} more`);
  return lines;
}

function describeValue(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 3 : 0);
  if (typeof value === "string") return truncate(value.replace(/\s+/g, " "), 300);
  if (!value || typeof value !== "object") return "";
  const v = value as { type?: string; url?: string; line?: number; column?: number; value?: unknown; selector?: string; snippet?: string; nodeLabel?: string; explanation?: string };
  if (v.type === "node" || v.selector || v.snippet) {
    return [v.selector, v.snippet && truncate(v.snippet, 200), v.nodeLabel && `"${truncate(v.nodeLabel, 60)}"`, v.explanation && truncate(v.explanation.replace(/\s+/g, " "), 300)].filter(Boolean).join(" ");
  }
  if (v.url) return v.line === undefined ? v.url : `${v.url}:${v.line + 1}:${(v.column ?? 0) + 1}`;
  if (v.value !== undefined) return describeValue(v.value);
  return "";
}

interface Failure {
  view: string;
  preset: Preset;
  problem: string;
}

function findFailures(results: Measurement[]): Failure[] {
  const failures: Failure[] = [];
  for (const r of results) {
    if (r.baseline) continue;
    if (!r.scores) {
      failures.push({ view: r.view, preset: r.preset, problem: r.error ?? "not measured" });
      continue;
    }
    for (const c of CATEGORIES) {
      const score = r.scores[c];
      if (score === null || score < THRESHOLD) failures.push({ view: r.view, preset: r.preset, problem: `${c} ${score ?? "n/a"} < ${THRESHOLD}` });
    }
  }
  return failures;
}

function printTable(results: Measurement[]): void {
  const header = ["preset", "view", "perf", "a11y", "best-pr", "seo", "FCP", "LCP", "TBT", "CLS", "TTFB", "transfer", "url"];
  const rows: string[][] = [];
  for (const r of results) {
    const label = r.baseline ? "BASELINE (static page)" : r.view;
    if (!r.scores || !r.metrics) {
      rows.push([r.preset, label, "—", "—", "—", "—", "", "", "", "", "", "", r.error ?? ""]);
      continue;
    }
    const score = (c: Category) => {
      const value = r.scores![c];
      return value === null ? "n/a" : !r.baseline && value < THRESHOLD ? `${value}✗` : String(value);
    };
    const m = r.metrics;
    rows.push([
      r.preset,
      label,
      score("performance"),
      score("accessibility"),
      score("best-practices"),
      score("seo"),
      seconds(m.fcpMs),
      seconds(m.lcpMs),
      `${Math.round(m.tbtMs)} ms`,
      m.cls.toFixed(3),
      `${Math.round(m.ttfbMs)} ms`,
      kib(m.transferBytes),
      (r.url ?? "").replace(/^https?:\/\/[^/]+/, ""),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => [...(row[i] ?? "")].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i >= 2 && i <= 11 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  console.log(`\nLighthouse (simulated throttling, median of ${options.runs} run(s)); reader views need ≥ ${THRESHOLD} in every category. ✗ = below.`);
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  let previousPreset: string | undefined;
  for (const row of rows) {
    if (previousPreset && row[0] !== previousPreset) console.log("");
    previousPreset = row[0];
    console.log(line(row));
  }
  const index = results.find((r) => r.benchmarkIndex)?.benchmarkIndex;
  // Simulated throttling scales the CPU time it observes: a busy machine lowers performance.
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`\nThis machine: Lighthouse benchmarkIndex ${index ? Math.round(index) : "n/a"}, ${os.cpus().length} CPUs, load average ${load}.`);
}

function printFailures(results: Measurement[], failures: Failure[]): void {
  if (failures.length === 0) {
    console.log(`\nEvery reader view scores ${THRESHOLD} or more in every category.`);
    return;
  }
  console.log(`\n${failures.length} problem(s):`);
  for (const f of failures) console.log(`  ${f.preset} ${f.view}: ${f.problem}`);
  for (const r of results) {
    if (r.baseline || !r.scores || !r.failingAudits) continue;
    for (const c of CATEGORIES) {
      const score = r.scores[c];
      if (score === null || score >= THRESHOLD) continue;
      console.log(`\n${r.preset} ${r.view} — ${c} ${score} (${r.url}):`);
      for (const audit of r.failingAudits[c] ?? []) {
        console.log(`  [${audit.id}] ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ""} (score ${audit.score ?? "n/a"})`);
        for (const item of audit.items) console.log(`      ${item}`);
      }
    }
  }
}

function parseOptions(args: string[]): Options {
  const result: Options = { origin: null, build: true, fail: true, runs: 3, paths: null, presets: [...PRESETS] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) usage(`${arg} needs a value`);
      return next!;
    };
    if (arg === "--no-build") result.build = false;
    else if (arg === "--origin") result.origin = value().replace(/\/$/, "");
    else if (arg === "--no-fail") result.fail = false;
    else if (arg === "--runs") result.runs = Number(value());
    else if (arg === "--paths") result.paths = value().split(",").map((p) => p.trim()).filter(Boolean);
    else if (arg === "--preset") result.presets = [value() as Preset];
    else usage(`unknown option ${arg}`);
  }
  if (!Number.isInteger(result.runs) || result.runs < 1) usage("--runs takes a whole number ≥ 1");
  if (!result.presets.every((p) => PRESETS.includes(p))) usage("--preset is mobile or desktop");
  if (result.paths?.some((p) => !p.startsWith("/"))) usage("--paths are paths starting with /");
  return result;
}

function usage(problem: string): never {
  console.error(`${problem}\nUsage: tsx scripts/bench/lighthouse.ts [--origin URL] [--no-build] [--no-fail] [--runs N] [--paths /a,/b] [--preset mobile|desktop]`);
  process.exit(2);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// Last, so that every declaration above is initialised before it runs.
const options = parseOptions(process.argv.slice(2));
const log = (line: string) => console.error(line);

let app: RunningServer | undefined;
let baseline: RunningServer | undefined;
const cleanUp = async () => {
  await Promise.allSettled([app?.stop(), baseline?.stop()]);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));
}

let exitCode = 0;
try {
  if (options.origin) {
    log(`Measuring the running app at ${options.origin} (--origin).`);
  } else if (options.build || !hasProductionBuild()) {
    log(options.build ? "next build (pass --no-build to reuse the build in .next)…" : "No production build in .next: next build…");
    buildApp();
  } else {
    log("Reusing the production build in .next (--no-build).");
  }

  app = options.origin ? { origin: options.origin, stop: async () => {} } : await startApp(log);
  baseline = await startStaticPage(BASELINE_FILE);
  log(`App on ${app.origin}, baseline on ${baseline.origin}.`);

  const targets: Target[] = [
    { view: "baseline", path: "/", baseline: true },
    ...(options.paths ? await givenTargets(app.origin, options.paths) : await readerTargets(app.origin)),
  ];

  const results: Measurement[] = [];
  for (const preset of options.presets) {
    for (const target of targets) {
      const origin = target.baseline ? baseline.origin : app.origin;
      if (target.path === null) {
        results.push({ view: target.view, preset, url: null, baseline: false, runs: 0, error: target.missing });
        continue;
      }
      const url = origin + target.path;
      log(`Lighthouse ${preset} ${target.view} ${url} ×${options.runs}…`);
      results.push(await measure(target, url, preset));
    }
  }

  printTable(results);
  const failures = findFailures(results);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(
    path.join(OUT_DIR, "lighthouse.json"),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        lighthouse: results.find((r) => r.lighthouseVersion)?.lighthouseVersion,
        chromium: CHROMIUM_PATH,
        throttling: "Lighthouse default (simulated)",
        machine: { cpus: os.cpus().length, loadAverage: os.loadavg() },
        threshold: THRESHOLD,
        runsPerTarget: options.runs,
        failures,
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\nWrote ${OUT_DIR}/lighthouse.json and the median runs' reports in ${OUT_DIR}/lighthouse/.`);
  printFailures(results, failures);
  if (failures.length > 0 && options.fail) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);

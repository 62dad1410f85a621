// `npm run bench` (load part): the production app on an archive-sized
// database under load, beside baselines measured in the same invocation.
//
//   1. next build (unless --no-build finds one), a fresh database with the
//      demo, then the archive (scripts/bench/archive; --quick: 40 issues,
//      else 1,000 = 64,000 articles), timed.
//   2. `next start` of Folio; nginx serving the article's HTML saved to disk;
//      a bare Next app with a prerendered and a force-dynamic page of the
//      article's size (bare-next.ts); deploy/nginx/folio.conf in front of Folio.
//   3. autocannon runs (load.ts), a warm-up, then --seconds at --connections;
//      autosave with 20 editors alongside readers (editors.ts); an 8-page PDF;
//      JavaScript bytes (js-bytes.ts).
//   4. The Markdown table on stdout (report.ts), bench-results/bench.json.
//
//   5. Lighthouse (lighthouse.ts --origin) on the same app.
//
// Options: --quick (small archive, 2 s runs, Lighthouse once on mobile and
// reporting only), --no-build, --no-fail (Lighthouse reports only), --issues N,
// --seconds S, --connections C.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { archiveIssue, generateArchive, ARCHIVE_SLUG, type ArchiveStats } from "./archive/generate.ts";
import { buildBareNext, startBareNext } from "./bare-next.ts";
import { createDrafts, editorsAndReaders } from "./editors.ts";
import { jsBytes } from "./js-bytes.ts";
import { loadRun, medianRound, rotation, type LoadOptions, type LoadResult } from "./load.ts";
import { hasNginx, startProxyNginx, startStaticNginx } from "./nginx.ts";
import { benchPort } from "./ports.ts";
import { timePublish } from "./publish.ts";
import { printReport, type BenchReport } from "./report.ts";
import { buildApp, hasProductionBuild, startBenchDatabase, startFolio, startStaticPage, type BenchDatabase, type RunningServer } from "./server.ts";
import { signIn } from "./session.ts";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const value = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const issues = value("--issues", quick ? 40 : 1000);
const options: LoadOptions = { connections: value("--connections", 50), seconds: value("--seconds", quick ? 2 : 10), warmupSeconds: quick ? 1 : 2 };
const log = (line: string) => console.error(line);

const servers: RunningServer[] = [];
let database: BenchDatabase | undefined;
const cleanUp = async () => {
  await Promise.allSettled(servers.map((s) => s.stop()));
  await database?.stop();
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanUp().then(() => process.exit(130)));

const started = performance.now();
let exitCode = 0;
try {
  if (!args.includes("--no-build") || !hasProductionBuild()) {
    log("next build…");
    buildApp();
  }
  const buildSeconds = (performance.now() - started) / 1000;
  database = await startBenchDatabase(log);
  log(`Generating the archive: ${issues} issues…`);
  // One more issue, 已付印 and not yet published: the bench publishes it.
  const archive: ArchiveStats = await generateArchive(database.url, issues, log, 1);
  log(`  ${archive.articles} articles in ${archive.seconds.toFixed(1)} s`);

  // As in production, the app has the proxy fetch an issue's pages again when it is published.
  const nginxAvailable = hasNginx();
  const refreshSecret = randomBytes(24).toString("base64url");
  const proxyPort = nginxAvailable ? await benchPort() : null;
  const app = await startFolio(
    database,
    { NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), ...(proxyPort ? { FOLIO_PROXY_URL: `http://127.0.0.1:${proxyPort}`, FOLIO_PROXY_REFRESH_SECRET: refreshSecret } : {}) },
    log,
  );
  servers.push(app);

  // Views of an issue in the middle of the archive.
  const issue = archiveIssue(Math.ceil(issues / 2));
  const issuePath = `/${ARCHIVE_SLUG}/${issue.date}`;
  const pagePath = `${issuePath}/02`;
  const articlePath = `${issuePath}/02/${issue.article(2, 3)}`;
  const uncached: string[] = [];
  for (let n = 1; n <= issues; n++) {
    if (n === Math.ceil(issues / 2)) continue;
    const other = archiveIssue(n);
    for (let p = 1; p <= 8; p++) for (let a = 0; a < 8; a++) uncached.push(`/${ARCHIVE_SLUG}/${other.date}/0${p}/${other.article(p, a)}`);
  }
  uncached.sort(() => Math.random() - 0.5);

  const articleResponse = await fetch(app.origin + articlePath);
  if (!articleResponse.ok) throw new Error(`${articlePath} answered ${articleResponse.status}`);
  const articleHtml = await articleResponse.text();

  // Baselines.
  const staticServer = nginxAvailable ? await startStaticNginx(articleHtml) : await startStaticPage(writeTemp(articleHtml));
  servers.push(staticServer);
  const staticPath = nginxAvailable ? "/page.html" : "/";
  buildBareNext(bareContent(articleHtml), log);
  const bare = await startBareNext(log);
  servers.push(bare);
  const proxy = proxyPort ? await startProxyNginx([app.origin], refreshSecret, proxyPort) : null;
  if (proxy) servers.push(proxy);

  const chief = await signIn(app.origin, "chief@folio.local");
  const editorCookie = await signIn(app.origin, "editor@folio.local");

  // The machine is shared and its load moves: the runs that are compared with
  // each other go in interleaved rounds (static, bare, article, …, then again),
  // and each figure is the median round.
  const rounds = quick ? 2 : 3;
  const compared: [string, string, string | ReturnType<typeof rotation>, Partial<LoadOptions>][] = [
    [nginxAvailable ? "nginx static (saved article HTML)" : "node:http static (no nginx)", staticServer.origin, staticPath, {}],
    ["bare Next, prerendered page", bare.origin, "/static", {}],
    ["bare Next, force-dynamic page", bare.origin, "/dynamic", {}],
    ["article (cached, next start)", app.origin, articlePath, {}],
    // Articles nobody has asked for yet, one per request: each is rendered (Prisma, PostgreSQL).
    ["article (uncached render)", app.origin, rotation(uncached), { warmupSeconds: 0, seconds: Math.max(options.seconds, 3) }],
    ...(proxy ? [["article via nginx proxy cache", proxy.origin, articlePath, {}] as [string, string, string, Partial<LoadOptions>]] : []),
  ];
  const byRound = new Map<string, LoadResult[]>();
  for (let round = 1; round <= rounds; round++) {
    for (const [name, origin, paths, extra] of compared) {
      log(`load: ${name} (round ${round}/${rounds})…`);
      await drain(origin);
      const result = await loadRun(name, origin, paths, { ...options, ...extra });
      byRound.set(name, [...(byRound.get(name) ?? []), result]);
    }
  }
  const runs: LoadResult[] = compared.map(([name]) => medianRound(byRound.get(name)!));
  const run = async (name: string, origin: string, paths: string, extra: Partial<LoadOptions> = {}) => {
    log(`load: ${name}…`);
    await drain(origin);
    const result = await loadRun(name, origin, paths, { ...options, ...extra });
    runs.push(result);
    return result;
  };
  await run("page view (cached)", app.origin, pagePath);
  await run("issue front (cached)", app.origin, issuePath);
  await run("archive (cached)", app.origin, `/${ARCHIVE_SLUG}/archive`);
  if (proxy) await run("page view via nginx proxy cache", proxy.origin, pagePath);
  await run("JSON API article", app.origin, `/api/v1/articles/${issue.article(2, 3)}`);
  // Search and the desk list have latency targets: one connection, so that the
  // figures are the time of one request, not of a queue of fifty.
  const one = { connections: 1 };
  await run("search, 2 characters", app.origin, `/search?q=${encodeURIComponent("伊滨")}`, one);
  await run("search, 4 characters", app.origin, `/search?q=${encodeURIComponent("项目建设")}`, one);
  await run("desk article list, filtered (signed in)", app.origin, `/desk/articles?status=released&column=${encodeURIComponent("民生")}`, { ...one, headers: { Cookie: editorCookie } });
  await run("desk article list, headline search (signed in)", app.origin, `/desk/articles?q=${encodeURIComponent("建设")}`, { ...one, headers: { Cookie: editorCookie } });

  await drain(app.origin);
  log("autosave: 20 editors every 2 s, readers at full speed…");
  const together = [
    await editorsAndReaders("article (cached) while editors autosave", app.origin, editorCookie, await createDrafts(database.url, 20), articlePath, options, "article (cached, next start)"),
  ];
  // The production stack: readers are served by the proxy's cache, editors
  // pass through it to the app.
  if (proxy) {
    await drain(app.origin);
    const drafts = await createDrafts(database.url, 20, "benchproxydraft");
    together.push(await editorsAndReaders("article via proxy while editors autosave", proxy.origin, editorCookie, drafts, articlePath, options, "article via nginx proxy cache"));
  }

  log("Publishing an 8-page issue…");
  const publish = await timePublish(app.origin, chief, archiveIssue(issues + 1).id);

  log("PDF of an 8-page issue…");
  const pdfStarted = performance.now();
  const pdf = await fetch(`${app.origin}/api/issues/${issue.id}/pdf`, { headers: { Cookie: chief } });
  const pdfBytes = (await pdf.arrayBuffer()).byteLength;
  const pdfSeconds = pdf.ok ? (performance.now() - pdfStarted) / 1000 : null;

  const js = [
    await jsBytes("article", app.origin, articlePath),
    await jsBytes("page", app.origin, pagePath),
    await jsBytes("issue", app.origin, issuePath),
    await jsBytes("bare Next page", bare.origin, "/empty"),
  ];

  const report: BenchReport = {
    date: new Date().toISOString(),
    quick,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "", memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg(), node: process.version },
    options,
    buildSeconds,
    archive,
    staticServer: nginxAvailable ? "nginx" : "node:http (nginx not installed)",
    sizes: { articleHtmlBytes: Buffer.byteLength(articleHtml) },
    runs,
    together,
    pdf: { seconds: pdfSeconds, bytes: pdfBytes, status: pdf.status },
    publish,
    js,
    totalSeconds: (performance.now() - started) / 1000,
  };
  printReport(report);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(path.join("bench-results", "bench.json"), JSON.stringify(report, null, 2));
  console.log(`\nWrote bench-results/bench.json (${report.totalSeconds.toFixed(0)} s in all).`);

  // Lighthouse on the same app (it has the demo seeded): no second build, database or server.
  console.log("\n=== Lighthouse ===");
  // Mobile only, where the target is (`npm run bench:lighthouse` adds desktop): within the 15 minutes.
  const lighthouseArgs = ["--preset", "mobile", ...(quick ? ["--runs", "1", "--no-fail"] : args.includes("--no-fail") ? ["--no-fail"] : [])];
  const lighthouse = spawnSync(process.execPath, [createRequire(import.meta.url).resolve("tsx/cli"), path.join(import.meta.dirname, "lighthouse.ts"), "--origin", app.origin, ...lighthouseArgs], { stdio: "inherit" });
  if (lighthouse.status !== 0) exitCode = 1;
  console.log(`\nBench and Lighthouse: ${((performance.now() - started) / 1000).toFixed(0)} s in all.`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);

/**
 * The article's paragraphs repeated to about half the article page's bytes:
 * Next sends page markup twice (HTML and the inline RSC payload), so the bare
 * page then weighs about what the article page does (both sizes are reported).
 */
function bareContent(html: string): string {
  const paragraphs = html.match(/<p>[^<]{20,}<\/p>/g) ?? ["<p>伊滨区持续优化营商环境。</p>"];
  let out = "";
  for (let i = 0; Buffer.byteLength(out) < Buffer.byteLength(html) * 0.45; i++) out += paragraphs[i % paragraphs.length];
  return out;
}

/** Waits until the server answers a cheap request quickly: the previous run's backlog is done. */
async function drain(origin: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      await (await fetch(origin + "/__bench_drain")).arrayBuffer();
    } catch {
      // Not answering yet.
    }
    if (performance.now() - started < 100) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function writeTemp(html: string): string {
  const file = path.join(os.tmpdir(), `folio-bench-article-${process.pid}.html`);
  writeFileSync(file, html);
  return file;
}

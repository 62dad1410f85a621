// `npm run import -- <file> [--publication <slug>] [--dry-run] [--json]
//   [--date YYYY-MM-DD] [--number N] [--total N] [--page N] [--page-name 要闻]`
// Imports one page of a back issue (text, Markdown or .docx) without the web
// server. --dry-run reads and parses only: no database is touched. Errors go
// to stderr in Chinese with a non-zero exit, and then nothing is written.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import "./server-context.ts";

const { AppError } = await import("../lib/domain/errors.ts");
const { format, messages } = await import("../lib/i18n/index.ts");
const t = messages.importer.cli;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      publication: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      date: { type: "string" },
      number: { type: "string" },
      total: { type: "string" },
      page: { type: "string" },
      "page-name": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${t.usage}`, 2);
}
if (args.values.help) {
  process.stdout.write(`${t.usage}\n`);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) fail(t.usage, 2);

const count = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) fail(format(t.badNumber, { name, value }), 2);
  return Number(value);
};
const overrides = {
  date: args.values.date,
  number: count("--number", args.values.number),
  totalNumber: count("--total", args.values.total),
  page: count("--page", args.values.page),
  pageName: args.values["page-name"],
};

let bytes: Uint8Array;
try {
  if (!statSync(file).isFile()) fail(format(t.notAFile, { file }));
  bytes = readFileSync(file);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code) fail(format(t.cannotRead, { file }));
  throw error;
}
const fileName = path.basename(file);

/** A refusal the user can act on, in Chinese; anything else is a bug and shows its stack. */
class Refused extends Error {}
const refusal = (error: unknown): never => {
  if (error instanceof AppError && error.reason) throw new Refused(messages.refusals[error.reason]);
  throw error;
};

if (args.values["dry-run"]) {
  const { dryRun } = await import("../lib/domain/import/dry-run.ts");
  const { readImportFile } = await import("../lib/server/import/read-file.ts");
  try {
    const read = await readImportFile(fileName, bytes, messages.importer.landing.readAsGbk).catch(refusal);
    const result = dryRun(read.text, read.notes);
    if (!result.ok) fail(messages.refusals[result.refusal]);
    process.stdout.write(`${args.values.json ? JSON.stringify(result.json) : result.summary}\n`);
    process.exit(0);
  } catch (error) {
    if (error instanceof Refused) fail(error.message);
    throw error;
  }
}

// The file is read and parsed before any database is opened: a bad file costs nothing and writes nothing.
const { prepareImport } = await import("../lib/server/import/batches.ts");
let prepared: Awaited<ReturnType<typeof prepareImport>>;
try {
  prepared = await prepareImport(fileName, bytes).catch(refusal);
} catch (error) {
  if (error instanceof Refused) fail(error.message);
  throw error;
}

const { openLocalDatabase } = await import("./db/local.ts");
const database = await openLocalDatabase({ join: true, log: (line) => process.stderr.write(`${line}\n`) });
process.env.DATABASE_URL = database.url;
let exitCode = 0;
try {
  exitCode = await importIntoDatabase();
} catch (error) {
  if (!(error instanceof Refused)) throw error;
  process.stderr.write(`${error.message}\n`);
  exitCode = 1;
} finally {
  const { getDb } = await import("../lib/db.ts");
  await getDb().$disconnect();
  await database.embedded?.stop();
}
process.exit(exitCode);

async function importIntoDatabase(): Promise<number> {
  const { importAtOnce } = await import("../lib/server/import/batches.ts");
  const { applyOverrides } = await import("../lib/domain/import/dry-run.ts");
  const { readerUrls } = await import("../lib/domain/reader-urls.ts");
  const result = await importAtOnce(null, {
    publicationSlug: args.values.publication ?? null,
    fileName,
    prepared,
    adjust: (draft) => applyOverrides(draft, overrides),
  }).catch(refusal);
  if (!result.ok) {
    const list = result.problems.map((problem) => `  - ${problem.message}`).join("\n");
    process.stderr.write(`${t.problems}\n${list}\n${t.problemsHint}\n`);
    return 1;
  }
  const origin = (process.env.SITE_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const urls = {
    desk: `${origin}/desk/issues/${result.issueId}`,
    page: `${origin}/desk/issues/${result.issueId}/pages/${result.pageNumber}`,
    batch: `${origin}/desk/import/${result.batchId}`,
    reader: `${origin}${readerUrls.page(result.publication.slug, result.date, result.pageNumber)}`,
  };
  if (args.values.json) {
    const output = { issueId: result.issueId, batchId: result.batchId, page: result.pageNumber, articles: result.articleIds.length, urls, warnings: result.warnings };
    process.stdout.write(`${JSON.stringify(output)}\n`);
    return 0;
  }
  process.stdout.write(`${format(t.imported, { issueId: result.issueId, page: result.pageNumber, articles: result.articleIds.length })}\n`);
  process.stdout.write(`${t.urls}\n  ${urls.desk}\n  ${urls.page}\n  ${urls.batch}\n  ${urls.reader}（${t.readerOnce}）\n`);
  for (const warning of result.warnings) process.stdout.write(`${t.warning}${warning}\n`);
  return 0;
}

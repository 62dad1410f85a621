// `npm run restore -- <archive.tar.gz> [--force]`: brings the database and the
// media storage to the state a backup holds (scripts/backup/restore-backup.ts).
// A database that holds data is replaced only with --force.
import { parseArgs } from "node:util";
import "./server-context.ts";

const { format, messages } = await import("../lib/i18n/index.ts");
const { getStorage } = await import("../lib/server/storage/storage.ts");
const { openLocalDatabase } = await import("./db/local.ts");
const { restoreBackup, RestoreRefusal } = await import("./backup/restore-backup.ts");
const t = messages.ops.restore;

let archive: string;
let force: boolean;
try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } } });
  if (values.help || positionals.length !== 1) {
    console.error(t.usage);
    process.exit(values.help ? 0 : 2);
  }
  archive = positionals[0]!;
  force = values.force ?? false;
} catch (error) {
  console.error(`${(error as Error).message}\n${t.usage}`);
  process.exit(2);
}

const database = await openLocalDatabase({ prepare: false, log: (line) => console.error(line) });
let exitCode = 0;
try {
  const manifest = await restoreBackup({ databaseUrl: database.url, storage: getStorage(), archive, force, log: (line) => console.error(line) });
  console.log(format(t.done, {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    media: manifest.media.length,
    createdAt: manifest.createdAt,
  }));
} catch (error) {
  if (error instanceof RestoreRefusal) {
    console.error(format(t.refusals[error.problem], { details: error.details.join("、") }));
  } else {
    console.error(format(t.failed, { reason: (error as Error).message }));
  }
  exitCode = 1;
} finally {
  await database.embedded?.stop();
}
// Exit explicitly, as scripts/import.ts does, whatever a dependency's exit hooks do.
process.exit(exitCode);

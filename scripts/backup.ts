// `npm run backup [-- --out <file.tar.gz>]`: one archive holding a consistent
// dump of the database and the media files (scripts/backup/write-backup.ts).
// Works on DATABASE_URL, or on the embedded database (joining a running
// `npm run dev`), with the storage the app is configured for.
import path from "node:path";
import { parseArgs } from "node:util";
import "./server-context.ts";

const { archiveName } = await import("../lib/domain/backup.ts");
const { format, messages } = await import("../lib/i18n/index.ts");
const { getStorage } = await import("../lib/server/storage/storage.ts");
const { openLocalDatabase } = await import("./db/local.ts");
const { writeBackup } = await import("./backup/write-backup.ts");
const t = messages.ops.backup;

let out: string;
try {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(t.usage);
    process.exit(0);
  }
  out = path.resolve(values.out ?? path.join("backups", archiveName(new Date())));
} catch (error) {
  console.error(`${(error as Error).message}\n${t.usage}`);
  process.exit(2);
}

const database = await openLocalDatabase({ join: true, log: (line) => console.error(line) });
let exitCode = 0;
try {
  const manifest = await writeBackup({ databaseUrl: database.url, storage: getStorage(), out, log: (line) => console.error(line) });
  const bytes = manifest.media.reduce((sum, file) => sum + file.bytes, 0);
  console.log(format(t.done, {
    file: path.relative(process.cwd(), out).startsWith("..") ? out : path.relative(process.cwd(), out),
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    media: manifest.media.length,
    size: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
  }));
  if (manifest.mediaMissing.length) console.error(format(t.missing, { count: manifest.mediaMissing.length, keys: manifest.mediaMissing.join("\n") }));
} catch (error) {
  console.error(format(t.failed, { reason: (error as Error).message }));
  exitCode = 1;
} finally {
  await database.embedded?.stop();
}
// Exit explicitly, as scripts/import.ts does, whatever a dependency's exit hooks do.
process.exit(exitCode);

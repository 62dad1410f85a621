// The rules of a Folio backup archive (npm run backup / npm run restore):
// what its manifest holds, which migrations a restore applies before and
// after loading the data, and the order tables load in. The archive itself
// is written and read by scripts/backup.
import { z } from "zod";

export const BACKUP_FORMAT = "folio-backup";
export const BACKUP_VERSION = 1;

const tableSchema = z.object({
  name: z.string().min(1),
  /** Columns in the order of the dump's rows (generated columns are never dumped). */
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
  /** Path of the COPY text inside the archive. */
  file: z.string().min(1),
});

const mediaFileSchema = z.object({
  key: z.string().min(1),
  contentType: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Path inside the archive. */
  file: z.string().min(1),
});

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string().datetime(),
  serverVersion: z.string(),
  /** Applied migrations, oldest first: the schema the data fits. */
  migrations: z.array(z.string().min(1)),
  tables: z.array(tableSchema),
  media: z.array(mediaFileSchema),
  /** Files a media row names that storage did not have when the backup ran. */
  mediaMissing: z.array(z.string()),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupTable = z.infer<typeof tableSchema>;
export type BackupMediaFile = z.infer<typeof mediaFileSchema>;

export type MigrationPlan =
  | { ok: true; /** Applied before the data loads: the archive's own schema. */ before: string[]; /** Applied after: they upgrade the restored data. */ after: string[] }
  | { ok: false; problem: "newerBackup" | "divergent"; migrations: string[] };

/**
 * The archive's data fits the schema of its own migrations, so a restore
 * builds exactly that schema, loads the data, then applies this code's later
 * migrations as an upgrade would. A backup from a newer Folio, or from a
 * branch whose migrations differ, is refused.
 */
export function planMigrations(archive: readonly string[], code: readonly string[]): MigrationPlan {
  const known = new Set(code);
  const unknown = archive.filter((name) => !known.has(name));
  if (unknown.length > 0) return { ok: false, problem: "newerBackup", migrations: unknown };
  const divergent = code.slice(0, archive.length).filter((name, index) => name !== archive[index]);
  if (divergent.length > 0) return { ok: false, problem: "divergent", migrations: divergent };
  return { ok: true, before: [...archive], after: code.slice(archive.length) };
}

/**
 * Tables in an order where every table comes after the tables it references,
 * so that foreign keys hold as each loads. A self-reference is checked at the
 * end of its table's COPY, so it needs no order. Throws on a cycle.
 */
export function restoreOrder(tables: readonly string[], references: readonly (readonly [from: string, to: string])[]): string[] {
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const [from, to] of references) {
    if (from !== to && parents.has(from) && parents.has(to)) parents.get(from)!.add(to);
  }
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: string, path: string[]) => {
    if (state.get(table) === "done") return;
    if (state.get(table) === "visiting") throw new Error(`Foreign keys form a cycle: ${[...path, table].join(" → ")}`);
    state.set(table, "visiting");
    for (const parent of [...parents.get(table)!].sort()) visit(parent, [...path, table]);
    state.set(table, "done");
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table, []);
  return ordered;
}

/** folio-backup-20261121-183000.tar.gz, in UTC so that names sort by time on any machine. */
export function archiveName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${BACKUP_FORMAT}-${stamp}.tar.gz`;
}

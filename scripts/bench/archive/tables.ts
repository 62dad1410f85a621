// Column lists of the tables the archive fills, in the order issue-rows.ts
// writes each row, and one bulk insert per table: every column travels as one
// text[] parameter and unnest() turns them back into rows, so a batch of a
// thousand rows is one statement and one round trip (no COPY dependency).
import type pg from "pg";

type ColumnType = "text" | "int" | "bool" | "jsonb" | "date" | "ts" | `"${string}"`;

export const TABLES: Record<string, [string, ColumnType][]> = {
  Contributor: [["id", "text"], ["name", "text"], ["kind", '"ContributorKind"'], ["createdAt", "ts"], ["updatedAt", "ts"]],
  Issue: [["id", "text"], ["publicationId", "text"], ["date", "date"], ["year", "int"], ["number", "int"], ["totalNumber", "int"], ["status", '"IssueStatus"'], ["lockedAt", "ts"], ["publishedAt", "ts"], ["createdById", "text"], ["createdAt", "ts"], ["updatedAt", "ts"]],
  Page: [["id", "text"], ["issueId", "text"], ["number", "int"], ["name", "text"], ["columns", "int"], ["signedAt", "ts"], ["signedById", "text"], ["createdAt", "ts"], ["updatedAt", "ts"]],
  Article: [["id", "text"], ["publicationId", "text"], ["kicker", "text"], ["headline", "text"], ["column", "text"], ["dateline", "text"], ["body", "jsonb"], ["bodyText", "text"], ["charCount", "int"], ["status", '"ArticleStatus"'], ["createdById", "text"], ["releasedAt", "ts"], ["createdAt", "ts"], ["updatedAt", "ts"]],
  ArticleRevision: [["id", "text"], ["articleId", "text"], ["version", "int"], ["kind", '"RevisionKind"'], ["kicker", "text"], ["headline", "text"], ["column", "text"], ["dateline", "text"], ["body", "jsonb"], ["bodyText", "text"], ["bylines", "jsonb"], ["authorId", "text"], ["createdAt", "ts"], ["updatedAt", "ts"]],
  Byline: [["id", "text"], ["articleId", "text"], ["contributorId", "text"], ["role", '"BylineRole"'], ["position", "int"]],
  Media: [["id", "text"], ["storageKey", "text"], ["originalName", "text"], ["mimeType", "text"], ["bytes", "int"], ["width", "int"], ["height", "int"], ["renditions", "jsonb"], ["caption", "text"], ["creditContributorId", "text"], ["altText", "text"], ["uploadedById", "text"], ["createdAt", "ts"], ["updatedAt", "ts"]],
  ArticleMedia: [["articleId", "text"], ["mediaId", "text"]],
  Placement: [["id", "text"], ["pageId", "text"], ["articleId", "text"], ["position", "int"], ["columnStart", "int"], ["columnSpan", "int"], ["height", "int"], ["headlineSize", "int"], ["placedVersion", "int"], ["createdAt", "ts"], ["updatedAt", "ts"]],
  IssueSnapshot: [["id", "text"], ["issueId", "text"], ["version", "int"], ["content", "jsonb"], ["createdById", "text"], ["createdAt", "ts"]],
  PublishedArticle: [["id", "text"], ["snapshotId", "text"], ["articleId", "text"], ["current", "bool"], ["pageNumber", "int"], ["position", "int"], ["kicker", "text"], ["headline", "text"], ["column", "text"], ["dateline", "text"], ["bylines", "jsonb"], ["html", "text"], ["text", "text"]],
};

/** Foreign keys first. */
export const INSERT_ORDER = ["Issue", "Page", "Article", "ArticleRevision", "Byline", "Media", "ArticleMedia", "Placement", "IssueSnapshot", "PublishedArticle"];

const castOf = (column: string, type: ColumnType) => {
  const c = `"${column}"`;
  if (type === "text") return c;
  // Prisma keeps DateTime as UTC in timestamp(3) columns.
  if (type === "ts") return `(${c}::timestamptz AT TIME ZONE 'UTC')`;
  const sqlType = { int: "integer", bool: "boolean", jsonb: "jsonb", date: "date" }[type as string] ?? type;
  return `${c}::${sqlType}`;
};

const asText = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value);

export async function insertRows(client: pg.ClientBase, table: string, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = TABLES[table];
  if (!columns) throw new Error(`No column list for ${table}`);
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const casts = columns.map(([name, type]) => castOf(name, type)).join(", ");
  const values = columns.map((_, i) => rows.map((row) => asText(row[i])));
  await client.query(`INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${params}) AS u(${names})`, values);
}

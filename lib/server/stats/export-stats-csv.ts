// 见报统计 as CSV for the finance office: the detail (one row per contributor
// and piece, what 稿酬 is paid from) or the summary (one row per contributor).
// UTF-8 with a BOM, so that Excel reads the Chinese.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { BYLINE_ROLES } from "@/lib/domain/article-input";
import { isoDate } from "@/lib/domain/dates";
import { pagesLabel } from "@/lib/domain/stats";
import type { StatsPeriod } from "@/lib/domain/stats-period";
import { format, messages } from "@/lib/i18n";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { CSV_OPTIONS } from "@/lib/server/audit-trail/export-audit-csv";
import { allPieces, contributorStats } from "./contributor-stats";

const t = messages.audit.stats;
const roleNames = messages.articles.bylineRoles;

export type StatsCsvKind = "pieces" | "summary";

export async function exportStatsCsv(
  user: Pick<SessionUser, "id" | "roles">,
  period: Pick<StatsPeriod, "from" | "to" | "start" | "end">,
  publicationId: string | null,
  kind: StatsCsvKind,
): Promise<{ fileName: string; body: string }> {
  const scope = { start: period.start, end: period.end, publicationId };
  const names = { from: period.from, to: period.to };
  if (kind === "summary") {
    const { contributors } = await contributorStats(user, scope);
    const records = contributors.map((c) => [
      c.name, t.kinds[c.kind], c.pieces, c.characters, c.photos, ...BYLINE_ROLES.map((role) => c.roles[role] ?? 0),
    ]);
    const header = [...t.export.summaryColumns, ...BYLINE_ROLES.map((role) => roleNames[role])];
    return { fileName: format(t.export.summaryFileName, names), body: `\ufeff${stringify([header, ...records], CSV_OPTIONS)}` };
  }
  const pieces = await allPieces(user, scope);
  const records = pieces.map((p) => [
    p.contributorName, t.kinds[p.contributorKind], isoDate(p.issueDate), p.issueNumber, p.totalNumber, pagesLabel(p), p.headline,
    p.roles.length > 0 ? p.roles.map((role) => roleNames[role]).join(t.export.roleSeparator) : t.detail.photoOnly,
    p.characters, p.photos, p.articleId, p.contributorId,
  ]);
  return { fileName: format(t.export.piecesFileName, names), body: `\ufeff${stringify([t.export.pieceColumns, ...records], CSV_OPTIONS)}` };
}

// What a 见报统计 page or export asks for: the period (by default the month of
// the latest issue that went to press) and, when the centre prints several
// papers, one of them.
import "server-only";
import { chinaToday } from "@/lib/domain/audit-trail";
import { isoDate } from "@/lib/domain/dates";
import { statsPeriod, statsPeriodQuery } from "@/lib/domain/stats-period";
import { latestPrintedIssueDate, statsPublications } from "./contributor-stats";

type Query = Record<string, string | string[] | undefined>;

export async function statsRequest(query: Query, now = new Date()) {
  const [latest, publications] = await Promise.all([latestPrintedIssueDate(), statsPublications()]);
  const period = statsPeriod(query, chinaToday(now), latest ? isoDate(latest) : null);
  const asked = Array.isArray(query.publication) ? query.publication[0] : query.publication;
  const publicationId = publications.some((p) => p.id === asked) ? asked! : null;
  const publication: Record<string, string> = publicationId ? { publication: publicationId } : {};
  return {
    period,
    publications,
    publicationId,
    scope: { start: period.start, end: period.end, publicationId },
    /** what a link to another view of the same report carries */
    query: { ...statsPeriodQuery(period), ...publication } as Record<string, string>,
    /** the export names its days: a preset must not move under a download at midnight */
    exportQuery: { from: period.from, to: period.to, ...publication } as Record<string, string>,
  };
}

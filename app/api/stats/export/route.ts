// 见报统计 as CSV: ?kind=pieces (default; one row per contributor and piece,
// for 稿酬) or ?kind=summary, for the period and paper of the page's query.
import { chinaToday } from "@/lib/domain/audit-trail";
import { statsPeriod } from "@/lib/domain/stats-period";
import { csvResponse } from "@/lib/server/csv-response";
import { deskRoute } from "@/lib/server/route";
import { exportStatsCsv } from "@/lib/server/stats/export-stats-csv";

export const GET = deskRoute("stats.view", async (request, user) => {
  const params = new URL(request.url).searchParams;
  const period = statsPeriod(params, chinaToday(new Date()));
  const kind = params.get("kind") === "summary" ? "summary" : "pieces";
  const { fileName, body } = await exportStatsCsv(user, period, params.get("publication") || null, kind);
  return csvResponse(body, fileName, `stats-${kind}-${period.from}-${period.to}.csv`);
});

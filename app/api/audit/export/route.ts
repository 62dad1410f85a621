// 审计日志 as CSV, with the filters of the page's query string; streamed.
import { parseAuditFilters } from "@/lib/domain/audit-trail";
import { exportAuditCsv } from "@/lib/server/audit-trail/export-audit-csv";
import { csvResponse } from "@/lib/server/csv-response";
import { deskRoute } from "@/lib/server/route";

export const GET = deskRoute("audit.view", async (request, user) => {
  const filters = parseAuditFilters(new URL(request.url).searchParams);
  const { fileName, stream } = await exportAuditCsv(user, filters, { ip: clientAddress(request) });
  return csvResponse(stream, fileName, "audit.csv");
});

/** The nearest proxy's entry of X-Forwarded-For (earlier ones come from the client and could be forged). */
function clientAddress(request: Request): string | null {
  const last = request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return last || request.headers.get("x-real-ip") || null;
}

// A published page's PDF for readers: rendered from the print view once per
// snapshot version and kept in storage, so readers never start a browser on
// the server each time they download. Only for issues readers may see.
import "server-only";
import { getDb } from "@/lib/db";
import { isoDate, pageNumberLabel } from "@/lib/domain/dates";
import { renderIssuePdf } from "@/lib/server/print/render-pdf";
import { visibleWhere } from "@/lib/server/site/reader";
import { getStorage } from "@/lib/server/storage/storage";

export async function readerPagePdf(issueId: string, pageNumber: number): Promise<{ pdf: Buffer; name: string } | null> {
  const issue = await getDb().issue.findFirst({
    where: { id: issueId, ...visibleWhere(), pages: { some: { number: pageNumber } } },
    select: {
      number: true, date: true, publication: { select: { slug: true } },
      snapshots: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
    },
  });
  const version = issue?.snapshots[0]?.version;
  if (!issue || !version) return null;
  const name = `${issue.publication.slug}-${isoDate(issue.date)}-${pageNumberLabel(pageNumber)}.pdf`;
  const key = `pdf/${issueId}/v${version}-${pageNumber}.pdf`;
  const storage = getStorage();
  const kept = await storage.get(key);
  if (kept) return { pdf: kept, name };
  const pdf = await renderIssuePdf(issueId, pageNumber);
  await storage.put(key, pdf, "application/pdf");
  return { pdf, name };
}

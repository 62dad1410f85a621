// The PDF of an issue, or of one page with ?page=N, for download from the desk.
import { isoDate, pageNumberLabel } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import { printableIssue } from "@/lib/server/composition/issues";
import { renderIssuePdf } from "@/lib/server/print/render-pdf";
import { deskRoute } from "@/lib/server/route";

export const GET = deskRoute<{ id: string }>("desk.enter", async (request, _user, { id }) => {
  const pageParam = new URL(request.url).searchParams.get("page");
  if (pageParam !== null && !/^[1-9]\d{0,2}$/.test(pageParam)) throw new AppError("validation", `page=${pageParam}`);
  const pageNumber = pageParam === null ? undefined : Number(pageParam);

  // A cheap check first: the renderer starts a browser.
  const issue = await printableIssue(id, pageNumber);
  if (!issue) throw new AppError("notFound", `issue ${id} page ${pageParam ?? "all"}`, "issueNotFound");

  const pdf = await renderIssuePdf(id, pageNumber);
  // 伊滨新闻-2023-06-07-第10期.pdf, or …-第10期-02版.pdf for one page.
  const name = [issue.publicationName, isoDate(issue.date), `第${issue.number}期`, pageNumber && `${pageNumberLabel(pageNumber)}版`]
    .filter(Boolean)
    .join("-");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="issue.pdf"; filename*=UTF-8''${encodeRfc5987(`${name}.pdf`)}`,
      "Cache-Control": "no-store",
    },
  });
});

/** RFC 5987 ext-value: percent-encoded UTF-8, with the characters encodeURIComponent leaves alone but the RFC does not. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

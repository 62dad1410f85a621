// /pdf/{issue}/{NN}.pdf: a published page as printed, for readers (版面 PDF).
import { notFound } from "next/navigation";
import { parsePageNumber } from "@/lib/domain/reader-urls";
import { readerPagePdf } from "@/lib/server/publishing/reader-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ issueId: string; file: string }> }) {
  const { issueId, file } = await params;
  const page = parsePageNumber(file.replace(/\.pdf$/, ""));
  if (!page || !file.endsWith(".pdf") || issueId.length > 40) notFound();
  const found = await readerPagePdf(issueId, page);
  if (!found) notFound();
  return new Response(new Uint8Array(found.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${found.name}"`,
      // Short: a withdrawn issue must leave shared caches soon too.
      "Cache-Control": "public, max-age=60",
    },
  });
}

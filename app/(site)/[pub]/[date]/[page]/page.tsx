// /{pub}/{YYYY-MM-DD}/{NN}: one page of an issue.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageView } from "@/components/site/page-view";
import { readerUrls } from "@/lib/domain/reader-urls";
import { getIssuePage } from "../../../reader-data";
import { pageMetadata } from "../../../reader-metadata";

export const revalidate = 60;

// Nothing is built ahead (the build has no database): each page is rendered on
// its first request, then cached (ISR) until it expires or a publish, withdraw
// or correction revalidates the site.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[pub]/[date]/[page]">): Promise<Metadata> {
  const { pub, date, page } = await params;
  const found = await getIssuePage(pub, date, page);
  if (!found) return {};
  const { content } = found.issue;
  const first = found.page.number === content.pages[0]?.number;
  // The front is known by the issue's address; its /01 shows the same.
  const canonical = first ? readerUrls.issue(content.publication.slug, content.issue.date) : readerUrls.page(content.publication.slug, content.issue.date, found.page.number);
  return pageMetadata(content, found.page, canonical, first ? "issue" : "page");
}

export default async function IssuePage({ params }: PageProps<"/[pub]/[date]/[page]">) {
  const { pub, date, page } = await params;
  const found = await getIssuePage(pub, date, page);
  if (!found) notFound();
  return <PageView content={found.issue.content} page={found.page} />;
}

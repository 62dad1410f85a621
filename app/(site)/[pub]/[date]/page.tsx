// /{pub}/{YYYY-MM-DD}: the issue's front (its page 01).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageView } from "@/components/site/page-view";
import { readerUrls } from "@/lib/domain/reader-urls";
import { getIssueOn } from "../../reader-data";
import { pageMetadata } from "../../reader-metadata";

export const revalidate = 60;

// Nothing is built ahead (the build has no database): each page is rendered on
// its first request, then cached (ISR) until it expires or a publish, withdraw
// or correction revalidates the site.
export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<"/[pub]/[date]">["params"]) {
  const { pub, date } = await params;
  const issue = await getIssueOn(pub, date);
  const front = issue?.content.pages[0];
  return issue && front ? { content: issue.content, front } : null;
}

export async function generateMetadata({ params }: PageProps<"/[pub]/[date]">): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { content, front } = found;
  return pageMetadata(content, front, readerUrls.issue(content.publication.slug, content.issue.date), "issue");
}

export default async function IssueFront({ params }: PageProps<"/[pub]/[date]">) {
  const found = await load(params);
  if (!found) notFound();
  return <PageView content={found.content} page={found.front} />;
}

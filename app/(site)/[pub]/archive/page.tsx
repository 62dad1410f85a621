// /{pub}/archive: 往期回顾, the newest year with issues (each year has its own
// page, /{pub}/archive/{year}); an empty state before the first issue.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveView } from "@/components/site/archive-view";
import { getArchiveIssues, getArchiveYears, getPublication } from "../../reader-data";
import { archiveMetadata } from "../../reader-metadata";

export const revalidate = 60;

// Nothing is built ahead (the build has no database): each page is rendered on
// its first request, then cached (ISR) until it expires or a publish, withdraw
// or correction revalidates the site.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[pub]/archive">): Promise<Metadata> {
  const { pub } = await params;
  const publication = await getPublication(pub);
  // Known by its own address, not the newest year's: that changes every January.
  return publication ? archiveMetadata(publication) : {};
}

export default async function Archive({ params }: PageProps<"/[pub]/archive">) {
  const { pub } = await params;
  const [publication, years] = await Promise.all([getPublication(pub), getArchiveYears(pub)]);
  if (!publication) notFound();
  const newest = years[0];
  const shown = newest ? { year: newest.year, issues: await getArchiveIssues(pub, newest.year) } : null;
  return <ArchiveView publication={publication} years={years} shown={shown} />;
}

// /{pub}/archive/{year}: 往期回顾 of one year; 404 for a year without issues
// or a segment that is not a year.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveView } from "@/components/site/archive-view";
import { getArchiveYear, getArchiveYears, getPublication } from "../../../reader-data";
import { archiveMetadata } from "../../../reader-metadata";

export const revalidate = 60;

// Nothing is built ahead (the build has no database): each page is rendered on
// its first request, then cached (ISR) until it expires or a publish, withdraw
// or correction revalidates the site.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[pub]/archive/[year]">): Promise<Metadata> {
  const { pub, year } = await params;
  const [publication, shown] = await Promise.all([getPublication(pub), getArchiveYear(pub, year)]);
  if (!publication || !shown) return {};
  return archiveMetadata(publication, { year: shown.year, issueCount: shown.issues.length });
}

export default async function ArchiveYearPage({ params }: PageProps<"/[pub]/archive/[year]">) {
  const { pub, year } = await params;
  const [publication, years, shown] = await Promise.all([getPublication(pub), getArchiveYears(pub), getArchiveYear(pub, year)]);
  if (!publication || !shown) notFound();
  return <ArchiveView publication={publication} years={years} shown={shown} />;
}

// /{pub}: the publication's latest issue; 404 for a publication there is not.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { readerUrls } from "@/lib/domain/reader-urls";
import { LatestIssue, latestIssueMetadata } from "../latest-issue";
import { getPublication } from "../reader-data";

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[pub]">): Promise<Metadata> {
  await connection();
  const { pub } = await params;
  const publication = await getPublication(pub);
  return publication ? latestIssueMetadata(publication, readerUrls.publication(publication.slug)) : {};
}

export default async function PublicationHome({ params }: PageProps<"/[pub]">) {
  await connection();
  const { pub } = await params;
  const publication = await getPublication(pub);
  if (!publication) notFound();
  return <LatestIssue publication={publication} />;
}

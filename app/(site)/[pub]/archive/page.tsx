// /{pub}/archive: 往期回顾, the publication's issues as calendars.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveCalendar } from "@/components/site/archive-calendar";
import { EmptyState } from "@/components/site/empty-state";
import { archiveCalendar } from "@/lib/domain/reader-archive";
import { readerUrls } from "@/lib/domain/reader-urls";
import { format, messages } from "@/lib/i18n";
import { getIssueList, getPublication } from "../../reader-data";

const reader = messages.reader;

export const revalidate = 60;

// Nothing is built ahead (the build has no database): each page is rendered on
// its first request, then cached (ISR) until it expires or a publish, withdraw
// or correction revalidates the site.
export function generateStaticParams() {
  return [];
}

const t = reader.archive;

export async function generateMetadata({ params }: PageProps<"/[pub]/archive">): Promise<Metadata> {
  const { pub } = await params;
  const publication = await getPublication(pub);
  if (!publication) return {};
  const title = format(t.metaTitle, { paper: publication.name });
  const description = format(t.description, { paper: publication.name });
  const canonical = readerUrls.archive(publication.slug);
  return { title: { absolute: title }, description, alternates: { canonical }, openGraph: { type: "website", title, description, url: canonical, locale: "zh_CN" } };
}

export default async function Archive({ params }: PageProps<"/[pub]/archive">) {
  const { pub } = await params;
  const [publication, issues] = await Promise.all([getPublication(pub), getIssueList(pub)]);
  if (!publication || !issues) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <p className="font-serif text-lg font-bold tracking-widest text-brand-600">{publication.name}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold text-stone-900">{t.title}</h1>
      {issues.length === 0 ? (
        <EmptyState level={2} title={t.empty} hint={t.emptyHint} />
      ) : (
        <>
          <p className="mt-2 text-stone-700">{format(t.intro, { count: issues.length })}</p>
          <ArchiveCalendar years={archiveCalendar(issues)} />
        </>
      )}
    </div>
  );
}

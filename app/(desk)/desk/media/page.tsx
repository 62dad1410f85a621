import type { Metadata, Route } from "next";
import { LibraryUpload } from "@/components/media/library-upload";
import { MediaGrid } from "@/components/media/media-grid";
import { MediaSearch } from "@/components/media/media-search";
import { Pagination } from "@/components/desk/pagination";
import { parseMediaQuery } from "@/lib/domain/media";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { toLibraryItem } from "@/lib/server/media/library-item";
import { listMedia } from "@/lib/server/media/list-media";
import { notFound } from "next/navigation";

const t = messages.media;

export const metadata: Metadata = { title: t.title };

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireSessionUser("/desk/media");
  if (!can(user.roles, "media.upload")) notFound();
  const query = parseMediaQuery(await searchParams);
  const result = await listMedia(query);
  const filtered = Boolean(query.q || query.from || query.to);
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.from) params.set("from", query.from);
    if (query.to) params.set("to", query.to);
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return (search ? `/desk/media?${search}` : "/desk/media") as Route;
  };

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{t.title}</h1>
          <p className="mt-1 text-sm text-stone-500" data-testid="media-total">{format(t.total, { total: result.total })}</p>
        </div>
      </header>
      <LibraryUpload />
      <MediaSearch query={query} />
      {result.items.length > 0 ? (
        <MediaGrid items={result.items.map(toLibraryItem)} />
      ) : (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-stone-600">
          {filtered ? t.emptyFiltered : t.empty}
        </div>
      )}
      <Pagination page={result.page} pages={result.pages} hrefFor={hrefFor} />
    </div>
  );
}

// The library's photos as cards: thumbnail (cut around the focal point), 图片说明, credit, date and where used.
import Link from "next/link";
import type { Route } from "next";
import { format, messages } from "@/lib/i18n";
import type { LibraryItem } from "@/lib/server/media/library-item";

const t = messages.media.card;

export function mediaHref(id: string): Route {
  return `/desk/media/${encodeURIComponent(id)}` as Route;
}

function day(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function MediaGrid({ items }: { items: LibraryItem[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4" data-testid="media-grid">
      {items.map((item) => {
        const incomplete = !item.altText || !item.credit;
        return (
          <li key={item.id}>
            <Link
              href={mediaHref(item.id)}
              data-testid="media-card"
              className="group flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm transition hover:border-brand-300 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              <div className="relative aspect-[4/3] bg-stone-100">
                {/* eslint-disable-next-line @next/next/no-img-element -- our own renditions, already sized */}
                <img src={item.thumb} alt={item.altText || item.caption} loading="lazy" className="size-full object-cover" />
                {incomplete && (
                  <span className="absolute left-2 top-2 rounded bg-amber-100/95 px-1.5 py-0.5 text-xs font-medium text-amber-900">{t.needsMetadata}</span>
                )}
              </div>
              <div className="flex flex-1 flex-col gap-1 p-3">
                <p className={`line-clamp-2 text-sm leading-6 ${item.caption ? "text-stone-900" : "text-stone-400"}`}>{item.caption || t.noCaption}</p>
                <p className="mt-auto text-xs text-stone-600">{item.creditLine || t.noCredit}</p>
                <p className="flex flex-wrap justify-between gap-x-2 text-xs text-stone-400">
                  <span>{format(t.uploadedOn, { date: day(item.createdAt) })}</span>
                  <span className={item.usedIn.length ? "text-stone-600" : ""}>{item.usedIn.length ? format(t.usedIn, { count: item.usedIn.length }) : t.unused}</span>
                </p>
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

// A photo's file facts, its renditions and the articles that use it (“使用情况”).
import Link from "next/link";
import { articleHref } from "@/components/desk/hrefs";
import { StatusBadge } from "@/components/desk/status-badge";
import { RENDITION_NAMES, renditionSrc, type Renditions } from "@/lib/domain/media";
import type { ArticleStatus } from "@/lib/domain/article-workflow";
import { format, messages } from "@/lib/i18n";
import type { LibraryItem } from "@/lib/server/media/library-item";

const t = messages.media.detail;

export function MediaFacts({ item, original, renditions }: { item: LibraryItem; original: { width: number; height: number }; renditions: Renditions }) {
  return (
    <aside className="space-y-5">
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="text-sm font-semibold text-stone-700">{t.usedIn}</h2>
        {item.usedIn.length === 0 ? (
          <p className="mt-2 text-sm text-stone-500">{t.notUsed}</p>
        ) : (
          <ul className="mt-2 space-y-2" data-testid="media-used-in">
            {item.usedIn.map((article) => (
              <li key={article.id} className="flex items-start justify-between gap-2 text-sm">
                <Link href={articleHref(article.id)} className="min-w-0 font-medium text-stone-800 hover:text-brand-700">{article.headline || "—"}</Link>
                <StatusBadge status={article.status as ArticleStatus} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="text-sm font-semibold text-stone-700">{t.facts}</h2>
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-stone-500">{t.originalName}</dt>
          <dd className="truncate text-stone-800">{item.originalName}</dd>
          <dt className="text-stone-500">{t.size}</dt>
          <dd className="text-stone-800">{format(t.sizeValue, original)}</dd>
          <dt className="text-stone-500">{t.uploadedBy}</dt>
          <dd className="text-stone-800">{item.uploadedBy ?? "—"}</dd>
          <dt className="text-stone-500">{t.uploadedAt}</dt>
          <dd className="text-stone-800">{new Date(item.createdAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" })}</dd>
        </dl>
        <h3 className="mt-4 text-sm font-semibold text-stone-700">{t.renditions}</h3>
        <ul className="mt-1 space-y-1 text-sm">
          {RENDITION_NAMES.map((name) => {
            const r = renditions[name];
            return (
              <li key={name} className="flex justify-between gap-2">
                <a href={renditionSrc(item.id, name)} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">{t.renditionNames[name]}</a>
                <span className="text-stone-500">{r ? `${r.width} × ${r.height}` : "—"}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </aside>
  );
}

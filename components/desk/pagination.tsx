import Link from "next/link";
import type { Route } from "next";
import { format, messages } from "@/lib/i18n";

const t = messages.lists.articleList.pagination;
const step = "rounded-md border px-3 py-1.5 text-sm";

/** 上一页 · 第 N / M 页 · 下一页; `hrefFor` keeps the filters. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => Route }) {
  if (pages <= 1) return null;
  const previous = page > 1 ? hrefFor(page - 1) : null;
  const next = page < pages ? hrefFor(page + 1) : null;
  return (
    <nav aria-label={t.label} className="flex items-center justify-between gap-3">
      {previous ? (
        <Link href={previous} rel="prev" className={`${step} border-stone-300 bg-white text-stone-700 hover:border-brand-500 hover:text-brand-700`}>
          {t.previous}
        </Link>
      ) : (
        <span aria-disabled className={`${step} border-stone-200 text-stone-300`}>{t.previous}</span>
      )}
      <span className="text-sm text-stone-600 tabular-nums">{format(t.page, { page, pages })}</span>
      {next ? (
        <Link href={next} rel="next" className={`${step} border-stone-300 bg-white text-stone-700 hover:border-brand-500 hover:text-brand-700`}>
          {t.next}
        </Link>
      ) : (
        <span aria-disabled className={`${step} border-stone-200 text-stone-300`}>{t.next}</span>
      )}
    </nav>
  );
}

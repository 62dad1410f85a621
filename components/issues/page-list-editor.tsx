"use client";
// The pages of an issue as a list: rename, add, remove, reorder. 版序 follows the order.
import { messages } from "@/lib/i18n";

const t = messages.issues.plan;
const input = "w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm";

export interface PageDraft {
  /** Stable across edits, for React. */
  key: string;
  /** An existing page's id; none for a page still to be made. */
  id?: string;
  name: string;
}

let counter = 0;
export const newPageDraft = (name = "", id?: string): PageDraft => ({ key: `page-${(counter += 1)}`, id, name });

export function PageListEditor({ pages, onChange }: { pages: PageDraft[]; onChange(pages: PageDraft[]): void }) {
  const move = (index: number, by: -1 | 1) => {
    const next = [...pages];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset>
      <legend className="text-sm text-stone-600">{t.pages}</legend>
      <ol className="mt-1 space-y-1.5">
        {pages.map((page, index) => (
          <li key={page.key} className="flex items-center gap-2">
            <span className="w-12 shrink-0 whitespace-nowrap text-sm tabular-nums text-brand-700">{String(index + 1).padStart(2, "0")}版</span>
            <input aria-label={`${t.pageName} ${index + 1}`} value={page.name} maxLength={20} onChange={(e) => onChange(pages.map((p, i) => (i === index ? { ...p, name: e.target.value } : p)))} className={input} />
            <button type="button" aria-label={t.moveUp} disabled={index === 0} onClick={() => move(index, -1)} className="px-1 text-stone-500 disabled:opacity-30">↑</button>
            <button type="button" aria-label={t.moveDown} disabled={index === pages.length - 1} onClick={() => move(index, 1)} className="px-1 text-stone-500 disabled:opacity-30">↓</button>
            <button type="button" aria-label={t.removePage} disabled={pages.length === 1} onClick={() => onChange(pages.filter((_, i) => i !== index))} className="px-1 text-stone-500 disabled:opacity-30">×</button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...pages, newPageDraft()])} className="mt-2 text-sm text-brand-700 hover:underline">+ {t.addPage}</button>
    </fieldset>
  );
}

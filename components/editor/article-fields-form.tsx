"use client";
// 引题 · 主标题 · 副标题 · 栏目 · 电头, laid out as they stand on the page.
import type { ArticleFields } from "@/lib/domain/article-input";
import { messages } from "@/lib/i18n";

const t = messages.editor.fields;

export function ArticleFieldsForm({ fields, editable, onChange }: { fields: ArticleFields; editable: boolean; onChange(fields: ArticleFields): void }) {
  const set = (key: keyof ArticleFields) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...fields, [key]: e.target.value });
  const input = "w-full rounded-md border border-stone-200 bg-white px-3 outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100 disabled:bg-stone-50";
  return (
    <div className="space-y-2">
      <label className="block">
        <span className="sr-only">{t.kicker}</span>
        <input value={fields.kicker} onChange={set("kicker")} disabled={!editable} placeholder={t.kicker} aria-label={t.kicker} maxLength={120} className={`${input} py-1.5 text-sm text-stone-700`} />
      </label>
      <label className="block">
        <span className="sr-only">{t.headline}</span>
        <input value={fields.headline} onChange={set("headline")} disabled={!editable} placeholder={t.headline} aria-label={t.headline} title={t.headlineHint} maxLength={120} className={`${input} py-2.5 font-serif text-2xl font-bold text-stone-900 sm:text-3xl`} />
      </label>
      <label className="block">
        <span className="sr-only">{t.subheadline}</span>
        <input value={fields.subheadline} onChange={set("subheadline")} disabled={!editable} placeholder={`${t.subheadline}　${t.subheadlinePlaceholder}`} aria-label={t.subheadline} maxLength={160} className={`${input} py-1.5 text-base text-stone-700`} />
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="block">
          <span className="text-xs text-stone-500">{t.column}</span>
          <input value={fields.column} onChange={set("column")} disabled={!editable} placeholder={t.columnPlaceholder} aria-label={t.column} maxLength={40} className={`${input} py-1.5 text-sm`} />
        </label>
        <label className="block">
          <span className="text-xs text-stone-500">{t.dateline}</span>
          <input value={fields.dateline} onChange={set("dateline")} disabled={!editable} aria-label={t.dateline} maxLength={40} className={`${input} py-1.5 text-sm`} />
        </label>
      </div>
    </div>
  );
}

"use client";
// One article of the draft as an editable card, with the card's own actions
// (删除, 并入上一篇, 上移, 下移); the problems of its fields sit beside them.
import type { DraftArticle } from "@/lib/domain/import/draft";
import { messages, format } from "@/lib/i18n";
import { BylineRows } from "./byline-rows";
import { NumberField, TextField } from "./fields";
import { ParagraphList } from "./paragraph-list";

const importUi = messages.importUi;

const t = importUi.article;

export type CardAction = "remove" | "mergeUp" | "moveUp" | "moveDown";

interface Props {
  index: number;
  count: number;
  article: DraftArticle;
  onChange(article: DraftArticle): void;
  onAction(action: CardAction): void;
  problems: Map<string, string[]>;
}

const cardButton = "rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-700 disabled:cursor-not-allowed disabled:opacity-40";
const neutral = `${cardButton} hover:border-stone-400 hover:text-stone-900`;

export function ArticleCard({ index, count, article, onChange, onAction, problems }: Props) {
  const path = `articles.${index}`;
  const at = (field: string) => problems.get(`${path}.${field}`);
  const characters = article.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.replace(/\s/g, "").length, 0);
  const hasProblems = [...problems.keys()].some((key) => key.startsWith(`${path}.`));
  const heading = `article-${index}-title`;

  return (
    <article aria-labelledby={heading} data-article={index} className={`rounded-lg border bg-white shadow-sm ${hasProblems ? "border-brand-200 ring-1 ring-brand-100" : "border-stone-200"}`}>
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-stone-100 px-4 py-2.5 sm:px-5">
        <h3 id={heading} className="min-w-0 text-sm">
          <span className="mr-2 font-semibold text-brand-700">{format(t.number, { n: index + 1 })}</span>
          <span className="font-serif font-bold text-stone-900">{article.headline.trim() || t.untitled}</span>
          <span className="ml-2 text-xs text-stone-400 tabular-nums">{format(t.characters, { count: characters })}</span>
        </h3>
        <div className="flex flex-wrap gap-1.5">
          <button type="button" className={neutral} disabled={index === 0} onClick={() => onAction("moveUp")}>{t.moveUp}</button>
          <button type="button" className={neutral} disabled={index === count - 1} onClick={() => onAction("moveDown")}>{t.moveDown}</button>
          <button type="button" className={neutral} disabled={index === 0} title={t.mergeUpHint} onClick={() => onAction("mergeUp")}>{t.mergeUp}</button>
          <button type="button" className={`${cardButton} hover:border-brand-500 hover:text-brand-700`} onClick={() => onAction("remove")}>{t.remove}</button>
        </div>
      </header>

      <div className="space-y-4 p-4 sm:p-5">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t.kicker} path={`${path}.kicker`} maxLength={120} value={article.kicker} onChange={(kicker) => onChange({ ...article, kicker })} problems={at("kicker")} className="sm:col-span-2" />
          <TextField
            label={t.headline}
            path={`${path}.headline`} maxLength={120}
            value={article.headline}
            onChange={(headline) => onChange({ ...article, headline })}
            problems={at("headline")}
            className="sm:col-span-2"
            inputClassName="font-serif text-lg font-bold"
          />
          <TextField label={t.subheadline} path={`${path}.subheadline`} maxLength={160} value={article.subheadline} onChange={(subheadline) => onChange({ ...article, subheadline })} problems={at("subheadline")} className="sm:col-span-2" />
          <TextField label={t.column} path={`${path}.column`} maxLength={40} value={article.column} onChange={(column) => onChange({ ...article, column })} problems={at("column")} />
          <TextField label={t.dateline} path={`${path}.dateline`} maxLength={40} value={article.dateline} onChange={(dateline) => onChange({ ...article, dateline })} problems={at("dateline")} />
        </div>

        <BylineRows path={`${path}.bylines`} bylines={article.bylines} onChange={(bylines) => onChange({ ...article, bylines })} problems={problems} />

        <ParagraphList path={`${path}.paragraphs`} paragraphs={article.paragraphs} onChange={(paragraphs) => onChange({ ...article, paragraphs })} problems={at("paragraphs")} />

        <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
          <NumberField label={t.jumpFrom} path={`${path}.jumpFrom`} value={article.jumpFrom} max={99} prefix="上接" suffix="版" onChange={(jumpFrom) => onChange({ ...article, jumpFrom })} problems={at("jumpFrom")} />
          <NumberField label={t.jumpTo} path={`${path}.jumpTo`} value={article.jumpTo} max={99} prefix="下转" suffix="版" onChange={(jumpTo) => onChange({ ...article, jumpTo })} problems={at("jumpTo")} />
        </div>
      </div>
    </article>
  );
}

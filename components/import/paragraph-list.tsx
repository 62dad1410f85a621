"use client";
// 正文: every paragraph as the parser split it, editable; a paragraph can be
// marked as a 小标题 (sub-head) or deleted (OCR debris the parser kept).
import type { DraftArticle } from "@/lib/domain/import/draft";
import { messages, format } from "@/lib/i18n";
import { fieldId } from "@/lib/domain/import/draft-edits";
import { inputClass, Problems } from "./fields";

const importUi = messages.importUi;

const t = importUi.article;
type Paragraph = DraftArticle["paragraphs"][number];

interface Props {
  path: string;
  paragraphs: Paragraph[];
  onChange(paragraphs: Paragraph[]): void;
  problems?: string[];
}

export function ParagraphList({ path, paragraphs, onChange, problems }: Props) {
  const set = (index: number, paragraph: Paragraph) => onChange(paragraphs.map((old, at) => (at === index ? paragraph : old)));
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} data-testid="paragraphs">
      <legend className="text-xs font-medium text-stone-500">{format(t.paragraphs, { count: paragraphs.length })}</legend>
      <Problems problems={problems} />
      <ol className="mt-1 space-y-2">
        {paragraphs.map((paragraph, index) => {
          const label = format(t.paragraph, { n: index + 1 });
          return (
            <li key={index} data-subhead={paragraph.subhead || undefined} className="group">
              <textarea
                aria-label={label}
                value={paragraph.text}
                rows={paragraph.subhead ? 1 : 3}
                maxLength={20_000}
                onChange={(event) => set(index, { ...paragraph, text: event.target.value })}
                className={`${inputClass} block min-h-10 w-full resize-y border-stone-300 [field-sizing:content] font-serif leading-relaxed ${
                  paragraph.subhead ? "bg-stone-50 text-[0.95rem] font-bold" : "text-[0.95rem] indent-8"
                }`}
              />
              <div className="mt-1 flex items-center justify-end gap-4 text-xs">
                <label className="flex cursor-pointer items-center gap-1.5 text-stone-600">
                  <input type="checkbox" checked={paragraph.subhead} onChange={(event) => set(index, { ...paragraph, subhead: event.target.checked })} aria-label={`${label} ${t.subhead}`} />
                  {t.subhead}
                </label>
                <button type="button" onClick={() => onChange(paragraphs.filter((_, at) => at !== index))} aria-label={`${label} ${t.removeParagraph}`} className="text-stone-500 hover:text-brand-700">
                  {t.removeParagraph}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...paragraphs, { text: "", subhead: false }])} className="mt-1 text-sm font-medium text-brand-700 hover:underline">
        + {t.addParagraph}
      </button>
    </fieldset>
  );
}

"use client";
// 署名: people or units with a role, one row each; the names become contributors on import.
import { BYLINE_ROLES, type BylineRole } from "@/lib/domain/article-input";
import type { DraftArticle } from "@/lib/domain/import/draft";
import { messages } from "@/lib/i18n";
import { fieldId } from "@/lib/domain/import/draft-edits";
import { inputClass, Problems } from "./fields";

const importUi = messages.importUi;

const t = importUi.article;
type Byline = DraftArticle["bylines"][number];

interface Props {
  path: string;
  bylines: Byline[];
  onChange(bylines: Byline[]): void;
  problems: Map<string, string[]>;
}

export function BylineRows({ path, bylines, onChange, problems }: Props) {
  const set = (index: number, byline: Byline) => onChange(bylines.map((old, at) => (at === index ? byline : old)));
  return (
    <fieldset data-testid="bylines">
      <legend className="text-xs font-medium text-stone-500">{t.bylines}</legend>
      <ul className="mt-1 space-y-2">
        {bylines.map((byline, index) => {
          const rowPath = `${path}.${index}`;
          const rowProblems = problems.get(rowPath);
          return (
            <li key={index}>
              <div className="flex items-center gap-2">
                <input
                  id={fieldId(rowPath)}
                  aria-label={t.bylineName}
                  value={byline.name}
                  placeholder={t.bylineName}
                  maxLength={40}
                  aria-invalid={rowProblems?.length ? true : undefined}
                  onChange={(event) => set(index, { ...byline, name: event.target.value })}
                  className={`${inputClass} text-sm min-w-0 flex-1 ${rowProblems?.length ? "border-brand-500" : "border-stone-300"}`}
                />
                <select
                  aria-label={t.bylineRole}
                  value={byline.role ?? ""}
                  onChange={(event) => set(index, { ...byline, role: (event.target.value || null) as BylineRole | null })}
                  className={`${inputClass} text-sm w-28 shrink-0 border-stone-300`}
                >
                  <option value="">{t.noRole}</option>
                  {BYLINE_ROLES.map((role) => (
                    <option key={role} value={role}>{messages.articles.bylineRoles[role]}</option>
                  ))}
                </select>
                <button
                  type="button"
                  onClick={() => onChange(bylines.filter((_, at) => at !== index))}
                  aria-label={`${t.removeByline} ${byline.name}`}
                  title={t.removeByline}
                  className="shrink-0 rounded-md px-2 py-1.5 text-lg leading-none text-stone-400 hover:bg-stone-100 hover:text-brand-700"
                >
                  ×
                </button>
              </div>
              <Problems problems={rowProblems} />
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onChange([...bylines, { name: "", role: null }])} className="mt-2 text-sm font-medium text-brand-700 hover:underline">
        + {t.addByline}
      </button>
    </fieldset>
  );
}

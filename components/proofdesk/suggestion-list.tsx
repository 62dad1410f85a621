"use client";
// 机器提示: what the automatic checks found on this page. Hints, never
// decisions: the proofreader judges each one and may turn it into a mark.
import { suggestionMark } from "@/lib/domain/proof-desk-view";
import { format } from "@/lib/i18n";
import { addMarkAction } from "@/app/(desk)/desk/issues/proof-actions";
import { ChangeView } from "./change-view";
import { whereName } from "./labels";
import { t } from "./messages";
import type { SuggestionView } from "./types";
import { useDeskAction } from "./use-desk-action";

interface Props {
  pageId: string;
  suggestions: readonly SuggestionView[];
  headlineOf(articleId: string | null): string | null;
  canMark: boolean;
  shown: boolean;
  selectedId: string | null;
  onSelect(id: string): void;
  onMarked(markId: string): void;
}

export function SuggestionList({ pageId, suggestions, headlineOf, canMark, shown, selectedId, onSelect, onMarked }: Props) {
  return (
    <section aria-labelledby="suggestions-title" className="rounded-lg border border-amber-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="suggestions-title" className="text-sm font-semibold text-stone-900">{t.suggestions.title}</h2>
        <span className="text-xs tabular-nums text-stone-500">{format(t.suggestions.count, { count: suggestions.length })}</span>
      </div>
      <p data-testid="suggestions-disclaimer" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-xs leading-5 text-amber-900">
        {t.suggestions.disclaimer}
        {!shown && suggestions.length > 0 && <span className="ml-1 text-amber-700">{t.suggestions.hidden}</span>}
      </p>
      {suggestions.length === 0 ? (
        <p className="mt-3 text-sm text-stone-500">{t.suggestions.empty}</p>
      ) : (
        <ul data-testid="suggestion-list" className="mt-3 space-y-2">
          {suggestions.map((suggestion) => (
            <SuggestionItem
              key={suggestion.id}
              pageId={pageId}
              suggestion={suggestion}
              headline={headlineOf(suggestion.articleId)}
              canMark={canMark}
              selected={suggestion.id === selectedId}
              onSelect={() => onSelect(suggestion.id)}
              onMarked={onMarked}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  pageId: string;
  suggestion: SuggestionView;
  headline: string | null;
  canMark: boolean;
  selected: boolean;
  onSelect(): void;
  onMarked(markId: string): void;
}

function SuggestionItem({ pageId, suggestion, headline, canMark, selected, onSelect, onMarked }: ItemProps) {
  const action = useDeskAction();
  const name = t.suggestions.checks[suggestion.kind];
  const hasText = suggestion.original !== "";

  async function toMark() {
    const mark = suggestionMark(suggestion, name);
    const result = await action.run(() => addMarkAction({ pageId, ...mark }));
    if (result?.data) onMarked(result.data.markId);
  }

  return (
    <li
      data-suggestion-id={suggestion.id}
      data-check={suggestion.kind}
      className={`rounded-md border border-dashed bg-amber-50/40 ${selected ? "border-sky-500 ring-2 ring-sky-500/30" : "border-amber-300"}`}
    >
      <button type="button" onClick={onSelect} aria-pressed={selected} className="block w-full px-3 pt-2 pb-1 text-left">
        <span className="flex items-start gap-2">
          <span className="mt-0.5 shrink-0 rounded border border-amber-400 px-1.5 py-px text-[11px] font-medium text-amber-800">{name}</span>
          {hasText && <ChangeView original={suggestion.original} correction={suggestion.correction ?? suggestion.original} unchanged={t.suggestions.noCorrection} />}
        </span>
        <span className="mt-1 block truncate text-xs text-stone-500">
          {whereName(headline, suggestion.field)}
        </span>
      </button>
      {canMark && (
        <div className="px-3 pb-2">
          <button
            type="button"
            disabled={action.pending}
            onClick={toMark}
            className="h-7 rounded-md border border-amber-400 bg-white px-2.5 text-xs font-medium text-amber-900 hover:bg-amber-100 disabled:opacity-60"
          >
            {action.pending ? t.suggestions.adding : t.suggestions.toMark}
          </button>
          {action.error && <p role="alert" className="mt-1.5 rounded-md bg-brand-50 px-2 py-1.5 text-sm text-brand-800">{action.error}</p>}
        </div>
      )}
    </li>
  );
}

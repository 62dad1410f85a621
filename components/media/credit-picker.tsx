"use client";
// Picks the contributor a photo credits (摄影/供图) from the 作者库, or adds one.
import { useEffect, useState } from "react";
import { addCreditAction, searchCreditsAction } from "@/app/(desk)/desk/media/actions";
import { format, messages } from "@/lib/i18n";

const t = messages.media.detail;
type Contributor = { id: string; name: string };

export function CreditPicker({ value, onChange, inputId }: { value: Contributor | null; onChange(value: Contributor | null): void; inputId: string }) {
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<(Contributor & { kind: "person" | "unit" })[]>([]);
  const [editing, setEditing] = useState(value === null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!query.trim()) return setMatches([]);
    const timer = setTimeout(async () => {
      const result = await searchCreditsAction({ query });
      setMatches(result?.data ?? []);
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);

  const choose = (contributor: Contributor) => {
    onChange({ id: contributor.id, name: contributor.name });
    setQuery("");
    setMatches([]);
    setEditing(false);
  };

  if (value && !editing) {
    return (
      <div className="mt-1 flex flex-wrap items-center gap-3 rounded-md border border-stone-300 bg-stone-50 px-3 py-2">
        <span data-testid="media-credit" className="font-medium text-stone-900">{value.name}</span>
        <button type="button" onClick={() => setEditing(true)} className="text-sm text-brand-700 underline underline-offset-2">{t.changeCredit}</button>
        <button type="button" onClick={() => onChange(null)} className="text-sm text-stone-500 underline underline-offset-2">{t.removeCredit}</button>
      </div>
    );
  }
  const exact = matches.some((m) => m.name === query.trim());
  return (
    <div className="relative mt-1">
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        value={query}
        placeholder={t.searchCredit}
        onChange={(event) => setQuery(event.target.value)}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200"
      />
      {query.trim() && (
        <ul className="absolute z-20 mt-1 max-h-60 w-full overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg">
          {matches.map((m) => (
            <li key={m.id}>
              <button type="button" onClick={() => choose(m)} className="block w-full px-3 py-2 text-left text-sm hover:bg-brand-50">
                {m.name}
                {m.kind === "unit" && <span className="ml-1 text-xs text-stone-400">{messages.articles.contributorKinds.unit}</span>}
              </button>
            </li>
          ))}
          {!exact && (
            <li>
              <button
                type="button"
                onClick={async () => {
                  const result = await addCreditAction({ name: query, kind: "person" });
                  if (result?.data) choose(result.data);
                  else setError(result?.serverError?.message ?? messages.errors.internal);
                }}
                className="block w-full px-3 py-2 text-left text-sm text-brand-700 hover:bg-brand-50"
              >
                {format(t.addCredit, { name: query.trim() })}
              </button>
            </li>
          )}
        </ul>
      )}
      {error && <p role="alert" className="mt-1 text-sm text-brand-700">{error}</p>}
    </div>
  );
}

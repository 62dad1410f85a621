"use client";
// 署名: ordered credits, each a contributor (person or unit) with a role.
import { useEffect, useState } from "react";
import { BYLINE_ROLES, type BylineRole } from "@/lib/domain/article-input";
import { format, messages } from "@/lib/i18n";
import { addContributorAction, searchContributorsAction } from "@/app/(desk)/desk/articles/actions";
import type { BylineDraft } from "./use-autosave";

const t = messages.editor.bylines;
const roleNames = messages.articles.bylineRoles;

interface Props {
  bylines: BylineDraft[];
  editable: boolean;
  defaultRole: BylineRole;
  onChange(bylines: BylineDraft[]): void;
}

export function BylineEditor({ bylines, editable, defaultRole, onChange }: Props) {
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<{ id: string; name: string; kind: "person" | "unit" }[]>([]);
  const [newKind, setNewKind] = useState<"person" | "unit">("person");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!editable || !query.trim()) return setMatches([]);
    const timer = setTimeout(async () => {
      const result = await searchContributorsAction({ query });
      setMatches(result?.data ?? []);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, editable]);

  const move = (index: number, by: -1 | 1) => {
    const next = [...bylines];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  const add = (contributor: { id: string; name: string; kind: "person" | "unit" }) => {
    if (!bylines.some((b) => b.contributorId === contributor.id)) {
      onChange([...bylines, { contributorId: contributor.id, name: contributor.name, kind: contributor.kind, role: defaultRole }]);
    }
    setQuery("");
    setMatches([]);
  };
  const addNew = async () => {
    const result = await addContributorAction({ name: query, kind: newKind });
    if (result?.data) add(result.data);
    else setError(result?.serverError?.message ?? messages.errors.internal);
  };

  return (
    <section aria-labelledby="bylines-title">
      <h2 id="bylines-title" className="text-sm font-semibold text-stone-700">{t.title}</h2>
      {bylines.length === 0 && <p className="mt-2 text-sm text-stone-500">{t.empty}</p>}
      <ol className="mt-2 space-y-2">
        {bylines.map((byline, index) => (
          <li key={byline.contributorId} className="flex flex-wrap items-center gap-2 rounded-md border border-stone-200 bg-white px-2 py-1.5 text-sm">
            <span className="min-w-0 flex-1 truncate font-medium">
              {byline.name}
              {byline.kind === "unit" && <span className="ml-1 text-xs text-stone-400">{messages.articles.contributorKinds.unit}</span>}
            </span>
            <label className="sr-only" htmlFor={`role-${byline.contributorId}`}>{t.role}</label>
            <select
              id={`role-${byline.contributorId}`}
              value={byline.role}
              disabled={!editable}
              onChange={(e) => onChange(bylines.map((b, i) => (i === index ? { ...b, role: e.target.value as BylineRole } : b)))}
              className="rounded border border-stone-300 bg-white px-1.5 py-1 text-sm"
            >
              {BYLINE_ROLES.map((role) => <option key={role} value={role}>{roleNames[role]}</option>)}
            </select>
            {editable && (
              <span className="flex gap-1">
                <button type="button" aria-label={`${t.moveUp} ${byline.name}`} disabled={index === 0} onClick={() => move(index, -1)} className="rounded px-1.5 text-stone-500 hover:text-brand-700 disabled:opacity-30">↑</button>
                <button type="button" aria-label={`${t.moveDown} ${byline.name}`} disabled={index === bylines.length - 1} onClick={() => move(index, 1)} className="rounded px-1.5 text-stone-500 hover:text-brand-700 disabled:opacity-30">↓</button>
                <button type="button" aria-label={`${t.remove} ${byline.name}`} onClick={() => onChange(bylines.filter((_, i) => i !== index))} className="rounded px-1.5 text-stone-500 hover:text-brand-700">×</button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <div className="relative mt-2">
          <input
            value={query}
            onChange={(e) => { setQuery(e.target.value); setError(null); }}
            placeholder={t.searchPlaceholder}
            aria-label={t.searchPlaceholder}
            className="w-full rounded-md border border-stone-300 px-2.5 py-1.5 text-sm"
          />
          {query.trim() && (
            <div className="absolute z-10 mt-1 w-full rounded-md border border-stone-200 bg-white p-1 shadow-lg">
              {matches.map((m) => (
                <button key={m.id} type="button" onClick={() => add(m)} className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-brand-50">
                  {m.name} <span className="text-xs text-stone-400">{messages.articles.contributorKinds[m.kind]}</span>
                </button>
              ))}
              {matches.length === 0 && <p className="px-2 py-1 text-xs text-stone-500">{t.noMatch}</p>}
              <div className="flex items-center gap-2 border-t border-stone-100 px-2 pt-1.5 pb-1">
                <select aria-label={t.newKind} value={newKind} onChange={(e) => setNewKind(e.target.value as "person" | "unit")} className="rounded border border-stone-300 px-1 py-0.5 text-xs">
                  <option value="person">{messages.articles.contributorKinds.person}</option>
                  <option value="unit">{messages.articles.contributorKinds.unit}</option>
                </select>
                <button type="button" onClick={addNew} className="text-sm text-brand-700 hover:underline">{format(t.addNew, { name: query.trim() })}</button>
              </div>
            </div>
          )}
          {error && <p role="alert" className="mt-1 text-xs text-brand-700">{error}</p>}
        </div>
      )}
    </section>
  );
}

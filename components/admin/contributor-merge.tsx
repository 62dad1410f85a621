"use client";
// 合并作者: pick the contributor to keep (保留), tick the duplicates (并入),
// confirm. Bylines and photo credits move; the list refreshes from the server.
import { useState } from "react";
import { mergeContributorsAction } from "@/app/(desk)/desk/admin/contributors/actions";
import { useDeskAction } from "@/components/proofdesk/use-desk-action";
import { format, messages } from "@/lib/i18n";
import type { ContributorRow } from "@/lib/server/admin/list-contributors";
import { ConfirmButton } from "./confirm-button";
import { useHydrated } from "./use-hydrated";

const t = messages.admin.contributors;

function Counts({ contributor }: { contributor: ContributorRow }) {
  return (
    <span className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-stone-500">
      <span className={contributor.bylines ? "text-stone-700" : undefined}>{format(t.bylines, { count: contributor.bylines })}</span>
      <span className={contributor.photos ? "text-stone-700" : undefined}>{format(t.photos, { count: contributor.photos })}</span>
      <span>{contributor.user ? format(t.linkedUser, { name: contributor.user.name }) : t.noUser}</span>
      {contributor.mergedFrom > 0 && <span>{format(t.mergedFrom, { count: contributor.mergedFrom })}</span>}
    </span>
  );
}

export function ContributorMerge({ contributors }: { contributors: ContributorRow[] }) {
  const [targetId, setTargetId] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const { run, pending, error } = useDeskAction();
  const ready = useHydrated();
  const target = contributors.find((c) => c.id === targetId) ?? null;
  const chosen = duplicates.filter((id) => id !== targetId && contributors.some((c) => c.id === id));
  const names = chosen.map((id) => contributors.find((c) => c.id === id)!.name);

  function keep(id: string) {
    setTargetId(id);
    setDuplicates((current) => current.filter((d) => d !== id));
    setDone(null);
  }

  function toggle(id: string, on: boolean) {
    setDuplicates((current) => (on ? [...current, id] : current.filter((d) => d !== id)));
    setDone(null);
  }

  async function merge() {
    if (!target) return;
    const result = await run(() => mergeContributorsAction({ targetId: target.id, duplicateIds: chosen }));
    if (result?.data) {
      setDone(format(t.merged, { count: result.data.merged, name: result.data.name, bylines: result.data.bylines, photos: result.data.photos }));
      setDuplicates([]);
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600">{t.howTo}</p>
      <ul data-testid="contributor-list" className="divide-y divide-stone-100 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
        {contributors.map((contributor) => {
          const kept = contributor.id === targetId;
          const merging = chosen.includes(contributor.id);
          return (
            <li key={contributor.id} data-contributor={contributor.name} className={`flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 ${kept ? "bg-emerald-50" : merging ? "bg-amber-50" : ""}`}>
              <div className="min-w-0 flex-1 basis-48">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-stone-900">{contributor.name}</span>
                  <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{t.kinds[contributor.kind]}</span>
                </p>
                <Counts contributor={contributor} />
              </div>
              <div className="flex shrink-0 items-center gap-2">
                <label className={`flex cursor-pointer items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-sm ${kept ? "border-emerald-400 bg-white font-medium text-emerald-800" : "border-stone-200 text-stone-600 hover:border-stone-300"}`}>
                  <input type="radio" name="keep" checked={kept} disabled={!ready} onChange={() => keep(contributor.id)} aria-label={`${t.keep}：${contributor.name}`} className="size-4 accent-emerald-700" />
                  {t.columns.keep}
                </label>
                <label className={`flex items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-sm ${kept || !target ? "cursor-not-allowed border-stone-100 text-stone-300" : merging ? "cursor-pointer border-amber-400 bg-white font-medium text-amber-900" : "cursor-pointer border-stone-200 text-stone-600 hover:border-stone-300"}`}>
                  <input type="checkbox" checked={merging} disabled={kept || !target} onChange={(e) => toggle(contributor.id, e.target.checked)} aria-label={`${t.mergeThis}：${contributor.name}`} className="size-4 accent-amber-600" />
                  {t.columns.merge}
                </label>
              </div>
            </li>
          );
        })}
      </ul>

      <div data-testid="merge-bar" className="sticky bottom-0 -mx-4 space-y-2 border-t border-stone-200 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.04)] backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        {done && <p role="status" className="text-sm text-emerald-800">{done}</p>}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-stone-700">
            {!target ? t.pickTarget : chosen.length === 0 ? format(t.pickDuplicates, { name: target.name }) : format(t.selection, { count: chosen.length, name: target.name })}
          </p>
          {target && chosen.length > 0 && (
            <ConfirmButton
              label={t.merge}
              question={format(t.confirm, { names: names.map((n) => `「${n}」`).join("、"), name: target.name })}
              pendingLabel={t.merging}
              pending={pending}
              confirmLabel={t.confirmYes}
              onConfirm={merge}
            />
          )}
        </div>
        {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
      </div>
    </div>
  );
}

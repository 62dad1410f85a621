"use client";
// The conflict screen: someone saved while this user was editing. Both texts
// are shown with a character-level diff; the user keeps theirs, takes the
// other, or merges by hand. Nothing is overwritten without that choice.
import { diffText } from "@/lib/domain/text-diff";
import { format, messages } from "@/lib/i18n";
import { formatDeskTime } from "@/components/desk/desk-time";
import { bodyPlainText } from "@/lib/richtext/plain-text";
import type { ServerVersion } from "@/lib/server/articles/server-version";
import type { JSONContent } from "@tiptap/core";
import { RevisionDiff } from "@/components/desk/revision-diff";
import type { Draft } from "./use-autosave";

const t = messages.editor.conflict;

export type ConflictChoice = "keepMine" | "takeTheirs" | "merge";

function textOf(fields: { kicker?: string | null; headline: string; subheadline?: string | null }, bodyText: string) {
  return [fields.kicker, fields.headline, fields.subheadline].filter(Boolean).join("\n") + "\n\n" + bodyText;
}

export function ConflictDialog({ current, mine, onChoose }: { current: ServerVersion; mine: Draft; onChoose(choice: ConflictChoice): void }) {
  const theirsText = textOf(current, current.bodyText);
  const mineText = textOf(mine.fields, bodyPlainText(mine.body as JSONContent));
  const time = formatDeskTime(new Date(current.updatedAt));
  const choices: { key: ConflictChoice; label: string; hint: string; primary?: boolean }[] = [
    { key: "merge", label: t.merge, hint: t.mergeHint, primary: true },
    { key: "keepMine", label: t.keepMine, hint: t.keepMineHint },
    { key: "takeTheirs", label: t.takeTheirs, hint: t.takeTheirsHint },
  ];
  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-stone-900/40 p-0 sm:items-center sm:p-6">
      <div role="dialog" aria-modal="true" aria-labelledby="conflict-title" className="flex max-h-[92dvh] w-full max-w-5xl flex-col overflow-hidden rounded-t-xl bg-white shadow-xl sm:rounded-xl">
        <div className="border-b border-stone-200 px-5 py-4">
          <h2 id="conflict-title" className="text-lg font-semibold text-stone-900">{t.title}</h2>
          <p className="mt-1 text-sm text-stone-600">{format(t.body, { name: current.savedBy ?? t.someone, time })}</p>
        </div>
        <div className="grid flex-1 gap-4 overflow-y-auto px-5 py-4 lg:grid-cols-2">
          <section aria-label={t.mine}>
            <h3 className="text-sm font-semibold text-stone-700">{t.mine}</h3>
            <pre data-testid="conflict-mine" className="mt-2 max-h-64 overflow-y-auto whitespace-pre-wrap rounded-md bg-stone-50 p-3 font-serif text-sm leading-7">{mineText}</pre>
          </section>
          <section aria-label={t.theirs}>
            <h3 className="text-sm font-semibold text-stone-700">{t.theirs}</h3>
            <pre data-testid="conflict-theirs" className="mt-2 max-h-64 overflow-y-auto whitespace-pre-wrap rounded-md bg-stone-50 p-3 font-serif text-sm leading-7">{theirsText}</pre>
          </section>
          <section className="lg:col-span-2">
            <h3 className="text-sm font-semibold text-stone-700">{t.diffTitle}</h3>
            <div className="mt-2 max-h-64 overflow-y-auto rounded-md border border-stone-200 p-3">
              <RevisionDiff parts={diffText(theirsText, mineText)} />
            </div>
          </section>
        </div>
        <div className="grid gap-2 border-t border-stone-200 px-5 py-4 sm:grid-cols-3">
          {choices.map((choice) => (
            <button
              key={choice.key}
              type="button"
              onClick={() => onChoose(choice.key)}
              className={`rounded-md px-3 py-2 text-left ${choice.primary ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-stone-300 hover:border-brand-500"}`}
            >
              <span className="block font-medium">{choice.label}</span>
              <span className={`block text-xs ${choice.primary ? "text-brand-100" : "text-stone-500"}`}>{choice.hint}</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

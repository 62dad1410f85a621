"use client";
// 校对标记 of the page by round, the current round first.
import { marksByRound } from "@/lib/domain/proof-desk-view";
import { format } from "@/lib/i18n";
import { roundName } from "./labels";
import { MarkItem } from "./mark-item";
import { t } from "./messages";
import type { ProofDeskData } from "./types";

interface Props {
  data: ProofDeskData;
  selectedId: string | null;
  onSelect(markId: string): void;
}

export function MarkList({ data, selectedId, onSelect }: Props) {
  const current = data.current?.round ?? null;
  const groups = marksByRound(data.marks, current);
  const open = data.marks.filter((m) => m.status === "open").length;
  const kindOf = (round: number) => data.rounds.find((r) => r.round === round)?.kind ?? "proof";
  // Only the current round's proofreader, while still marking, may take a mark back.
  const withdrawable = (round: number) => data.can.mark && data.current?.phase === "marking" && round === current;

  return (
    <section aria-labelledby="marks-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="marks-title" className="text-sm font-semibold text-stone-900">{t.marks.title}</h2>
        <span className="text-xs tabular-nums text-stone-500">{format(t.marks.count, { open, total: data.marks.length })}</span>
      </div>
      <div data-testid="mark-list" className="mt-3 space-y-4">
        {groups.length === 0 && <p className="rounded-md border border-dashed border-stone-300 px-3 py-6 text-center text-sm text-stone-500">{t.marks.empty}</p>}
        {groups.map((group) => (
          <section key={group.round} aria-label={roundName(group.round, kindOf(group.round))} data-round={group.round}>
            <h3 className="mb-1.5 flex items-center gap-2 text-xs font-semibold text-stone-600">
              {roundName(group.round, kindOf(group.round))}
              {group.round === current && <span className="rounded bg-brand-600 px-1.5 py-px text-[10px] font-medium text-white">{t.marks.current}</span>}
              <span className="h-px flex-1 bg-stone-200" />
            </h3>
            {group.marks.length === 0 ? (
              <p className="text-xs text-stone-500">{t.marks.emptyRound}</p>
            ) : (
              <ul className="space-y-2">
                {group.marks.map((mark) => (
                  <MarkItem
                    key={mark.id}
                    mark={mark}
                    selected={mark.id === selectedId}
                    canWithdraw={withdrawable(group.round) && mark.status === "open"}
                    onSelect={() => onSelect(mark.id)}
                  />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

"use client";
// 校次: one step per planned round (一校 二校 三校 … 通读), who proofread it,
// when it started, was handed over and closed, and its marks; the button
// that starts the next round, or hands the current one over (交改).
import { useState } from "react";
import { formatDeskTime } from "@/components/desk/desk-time";
import { roundSteps, type RoundState } from "@/lib/domain/proof-desk-view";
import { format } from "@/lib/i18n";
import { handOverRoundAction, startRoundAction } from "@/app/(desk)/desk/issues/proof-actions";
import { roundName } from "./labels";
import { t } from "./messages";
import type { ProofDeskData } from "./types";
import { useDeskAction } from "./use-desk-action";

const DOT: Record<RoundState, string> = {
  closed: "border-emerald-600 bg-emerald-600 text-white",
  marking: "border-brand-600 bg-brand-600 text-white",
  correcting: "border-amber-500 bg-amber-500 text-white",
  upcoming: "border-stone-300 bg-white text-stone-400",
};
const BADGE: Record<RoundState, string> = {
  closed: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  marking: "bg-brand-50 text-brand-800 ring-brand-200",
  correcting: "bg-amber-50 text-amber-800 ring-amber-200",
  upcoming: "bg-stone-50 text-stone-500 ring-stone-200",
};

export function RoundStepper({ data }: { data: ProofDeskData }) {
  const steps = roundSteps(data.planned, data.rounds);
  const action = useDeskAction();
  const [confirming, setConfirming] = useState(false);
  const current = data.current ? data.rounds.find((r) => r.round === data.current!.round) : null;
  const time = (date: Date) => formatDeskTime(new Date(date));

  return (
    <section aria-labelledby="rounds-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="rounds-title" className="text-sm font-semibold text-stone-900">{t.rounds.title}</h2>
      <ol data-testid="round-stepper" className="mt-3">
        {steps.map((step, index) => {
          const record = step.record;
          const name = roundName(step.round, step.kind);
          return (
            <li key={step.round} data-round={step.round} data-state={step.state} aria-current={step.state === "marking" || step.state === "correcting" ? "step" : undefined} className="relative flex gap-3 pb-3 last:pb-0">
              {index < steps.length - 1 && <span aria-hidden className={`absolute top-7 bottom-0 left-[13px] w-px ${step.state === "closed" ? "bg-emerald-300" : "bg-stone-200"}`} />}
              <span aria-hidden className={`relative grid size-7 shrink-0 place-items-center rounded-full border-2 text-xs font-semibold ${DOT[step.state]}`}>
                {step.state === "closed" ? "✓" : step.round}
              </span>
              <div className="min-w-0 flex-1 pt-0.5">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className={`text-sm font-semibold ${step.state === "upcoming" ? "text-stone-500" : "text-stone-900"}`}>{name}</span>
                  <span className={`rounded px-1.5 py-px text-[11px] font-medium ring-1 ring-inset ${BADGE[step.state]}`}>{t.rounds.states[step.state]}</span>
                  {record && record.marks > 0 && (
                    <span className="ml-auto text-xs tabular-nums text-stone-500">
                      {record.open > 0 && <span className="mr-2 font-medium text-brand-700">{format(t.rounds.open, { count: record.open })}</span>}
                      {format(t.rounds.marks, { count: record.marks })}
                    </span>
                  )}
                </p>
                {record && (
                  <p className="mt-0.5 text-xs leading-5 text-stone-500">
                    {[
                      format(t.rounds.proofreader, { name: record.proofreader }),
                      format(t.rounds.started, { time: time(record.startedAt) }),
                      record.handedOverAt && format(t.rounds.handedOver, { time: time(record.handedOverAt) }),
                      record.closedAt && format(t.rounds.closed, { time: time(record.closedAt) }),
                    ]
                      .filter(Boolean)
                      .map((part, i) => (
                        <span key={i} className="mr-2 inline-block whitespace-nowrap">{part}</span>
                      ))}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>

      {current?.phase === "correcting" && <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">{t.rounds.waiting}</p>}
      {!data.current && !data.next && <p className="mt-3 text-xs text-stone-500">{t.rounds.done}</p>}

      {data.can.startRound && data.next && (
        <button
          type="button"
          disabled={action.pending}
          onClick={() => action.run(() => startRoundAction({ pageId: data.page.id }))}
          className="mt-3 w-full rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {action.pending ? t.rounds.starting : format(t.rounds.start, { round: roundName(data.next.round, data.next.kind) })}
        </button>
      )}

      {data.can.mark && current && !confirming && (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="mt-3 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 hover:border-stone-400 hover:bg-stone-50"
        >
          {t.rounds.handOver}
        </button>
      )}
      {data.can.mark && current && confirming && (
        <div role="group" aria-label={t.rounds.handOver} className="mt-3 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm font-medium text-amber-900">{t.rounds.handOverConfirm}</p>
          <p className="text-xs text-amber-800">{current.marks > 0 ? format(t.rounds.handOverMarks, { count: current.marks }) : t.rounds.handOverClean}</p>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={action.pending}
              onClick={async () => {
                if (await action.run(() => handOverRoundAction({ pageId: data.page.id }))) setConfirming(false);
              }}
              className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-700 disabled:opacity-60"
            >
              {action.pending ? t.rounds.handingOver : t.rounds.confirmHandOver}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md px-3 py-1.5 text-sm text-stone-700 hover:bg-amber-100">
              {t.rounds.cancel}
            </button>
          </div>
        </div>
      )}
      {action.error && <p role="alert" className="mt-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{action.error}</p>}
    </section>
  );
}

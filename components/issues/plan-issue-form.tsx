"use client";
// 策划下一期: the date decides the lunar date and the numbers, which continue
// from the previous issue; changing them needs a reason. Pages come from the
// publication's template and can be renamed, added, removed and reordered.
import { useState } from "react";
import { format, messages } from "@/lib/i18n";
import { planIssueAction, previewIssueAction } from "@/app/(desk)/desk/issues/actions";
import { newPageDraft, PageListEditor } from "./page-list-editor";

const t = messages.issues.plan;
const input = "w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm";

interface Props {
  publicationId: string;
  defaultDate: string;
  initial: { numbers: { number: number; totalNumber: number }; lunarDate: string };
  previous: { date: string; number: number; totalNumber: number } | null;
  template: string[];
}

export function PlanIssueForm({ publicationId, defaultDate, initial, previous, template }: Props) {
  const [date, setDate] = useState(defaultDate);
  const [computed, setComputed] = useState(initial);
  const [override, setOverride] = useState(false);
  const [numbers, setNumbers] = useState(initial.numbers);
  const [reason, setReason] = useState("");
  const [pages, setPages] = useState(() => (template.length ? template : ["要闻"]).map((name) => newPageDraft(name)));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function changeDate(value: string) {
    setDate(value);
    if (!value) return;
    const result = await previewIssueAction({ publicationId, date: value });
    if (result?.data) {
      setComputed(result.data);
      if (!override) setNumbers(result.data.numbers);
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await planIssueAction({
      publicationId, date, number: numbers.number, totalNumber: numbers.totalNumber,
      overrideReason: override ? reason : undefined, pages: pages.map((p) => p.name),
    });
    // Success redirects to the new issue; only failures come back.
    if (result?.serverError) setError(result.serverError.message);
    else if (result?.validationErrors) setError(messages.errors.validation);
    setPending(false);
  }

  return (
    <form onSubmit={submit} aria-labelledby="plan-title" className="h-fit space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="plan-title" className="text-lg font-semibold text-stone-900">{t.title}</h2>
      <label className="block">
        <span className="text-sm text-stone-600">{t.date}</span>
        <input type="date" required value={date} onChange={(e) => changeDate(e.target.value)} className={`${input} mt-1`} />
      </label>
      <p data-testid="plan-lunar" className="text-sm text-stone-700">{t.lunar}：{computed.lunarDate}</p>
      <div className="rounded-md bg-stone-50 p-3 text-sm">
        <p data-testid="plan-numbers" className="font-medium text-stone-900">{format(t.computed, { number: computed.numbers.number, total: computed.numbers.totalNumber })}</p>
        <p className="mt-0.5 text-xs text-stone-500">
          {previous ? format(t.previous, { date: previous.date, number: previous.number, total: previous.totalNumber }) : t.firstIssue}
        </p>
        <label className="mt-2 flex items-center gap-2 text-stone-700">
          <input type="checkbox" checked={override} onChange={(e) => { setOverride(e.target.checked); if (!e.target.checked) setNumbers(computed.numbers); }} />
          {t.override}
        </label>
        {override && (
          <div className="mt-2 grid grid-cols-2 gap-2">
            <label><span className="text-xs text-stone-500">{t.number}</span>
              <input type="number" min={1} value={numbers.number} onChange={(e) => setNumbers({ ...numbers, number: Number(e.target.value) })} className={input} /></label>
            <label><span className="text-xs text-stone-500">{t.totalNumber}</span>
              <input type="number" min={1} value={numbers.totalNumber} onChange={(e) => setNumbers({ ...numbers, totalNumber: Number(e.target.value) })} className={input} /></label>
            <label className="col-span-2"><span className="text-xs text-stone-500">{t.overrideReason}</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t.overrideReasonPlaceholder} className={input} /></label>
          </div>
        )}
      </div>
      <PageListEditor pages={pages} onChange={setPages} />
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

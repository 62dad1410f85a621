"use client";
// 更正 on the desk article page: where the article was printed, its
// corrections, and for those who may, the form to register one. The printed
// text is never edited; the server re-checks everything the form checks.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { createCorrectionAction } from "@/app/(desk)/desk/articles/[id]/correction-actions";
import { formatDeskTime } from "@/components/desk/desk-time";
import { calendarDay, checkCorrection, type CorrectionField, type CorrectionProblem, type PaperReference } from "@/lib/domain/corrections";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { format, messages } from "@/lib/i18n";
import { CorrectionItem, type CorrectionView } from "./correction-note";

const t = messages.corrections;

const p = t.panel;

export interface PrintedView {
  paper: PaperReference;
  number: number;
  totalNumber: number;
  pageNumber: number;
  /** The day, YYYY-MM-DD. */
  date: string;
}

interface Props {
  articleId: string;
  /** Null while the article is not in a published issue. */
  printed: PrintedView | null;
  corrections: CorrectionView[];
  canCorrect: boolean;
  /** Today on Beijing time, YYYY-MM-DD, from the server's clock. */
  today: string;
}

type Form = Record<CorrectionField, string>;
const EMPTY: Form = { wrong: "", corrected: "", note: "", correctedOn: "" };

function problemMessage(field: CorrectionField, problem: CorrectionProblem, printedOn: string): string {
  const messages: Partial<Record<CorrectionProblem, string>> = p.problems[field];
  return format(messages[problem] ?? p.errors.invalid, { date: formatChineseDate(calendarDay(printedOn)) });
}

export function CorrectionPanel({ articleId, printed, corrections, canCorrect, today }: Props) {
  if (!printed && corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-title" data-testid="correction-panel" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="corrections-title" className="text-sm font-semibold text-stone-700">{p.title}</h2>
        {printed && (
          <p className="text-xs text-stone-500">
            {format(p.printedIn, { number: printed.number, total: printed.totalNumber, page: pageNumberLabel(printed.pageNumber), date: formatChineseDate(calendarDay(printed.date)) })}
          </p>
        )}
      </div>

      {corrections.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500">{p.none}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {corrections.map((c) => (
            <li key={c.id} className="border-l-4 border-amber-400 pl-3 text-sm leading-6 text-stone-800">
              <CorrectionItem correction={c} />
              <p className="text-xs text-stone-400">{format(p.by, { name: c.createdByName, time: formatDeskTime(new Date(c.createdAt)) })}</p>
            </li>
          ))}
        </ol>
      )}

      {printed && (canCorrect ? <CorrectionForm articleId={articleId} printedOn={printed.date} today={today} /> : <p className="mt-3 text-xs text-stone-500">{p.readOnlyHint}</p>)}
    </section>
  );
}

function CorrectionForm({ articleId, printedOn, today }: { articleId: string; printedOn: string; today: string }) {
  const router = useRouter();
  const ids = useId();
  const [form, setForm] = useState<Form>({ ...EMPTY, correctedOn: today });
  const [problems, setProblems] = useState<Partial<Record<CorrectionField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  const change = (field: CorrectionField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    setSaved(false);
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const check = checkCorrection(
      { wrong: form.wrong, corrected: form.corrected, note: form.note, correctedOn: form.correctedOn ? calendarDay(form.correctedOn) : null },
      { printedOn: calendarDay(printedOn), today: calendarDay(today) },
    );
    if (!check.ok) {
      const entries = Object.entries(check.problems) as [CorrectionField, CorrectionProblem][];
      setProblems(Object.fromEntries(entries.map(([field, problem]) => [field, problemMessage(field, problem, printedOn)])));
      return;
    }
    setPending(true);
    try {
      const result = await createCorrectionAction({
        articleId, wrong: form.wrong, corrected: form.corrected, note: form.note || undefined, correctedOn: form.correctedOn || undefined,
      });
      if (result?.serverError) setError(result.serverError.message);
      else if (result?.validationErrors) setError(p.errors.invalid);
      else {
        setForm({ ...EMPTY, correctedOn: today });
        setSaved(true);
        router.refresh();
      }
    } catch {
      setError(p.errors.network);
    } finally {
      setPending(false);
    }
  }

  const field = (name: CorrectionField) => ({
    id: `${ids}-${name}`,
    value: form[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(name, e.target.value),
    "aria-invalid": problems[name] ? true : undefined,
    "aria-describedby": problems[name] ? `${ids}-${name}-problem` : undefined,
    className: `mt-0.5 w-full rounded-md border bg-white px-2.5 py-1.5 text-sm ${problems[name] ? "border-brand-500" : "border-stone-300"}`,
  });
  const problem = (name: CorrectionField) =>
    problems[name] && <p id={`${ids}-${name}-problem`} className="mt-0.5 text-xs text-brand-700">{problems[name]}</p>;

  return (
    <form noValidate onSubmit={submit} className="mt-4 space-y-3 rounded-md border border-brand-200 bg-brand-50/50 p-3">
      <div>
        <h3 className="text-sm font-medium text-brand-800">{p.formTitle}</h3>
        <p className="text-xs text-stone-500">{p.formHint}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block" htmlFor={`${ids}-wrong`}>
          <span className="text-xs text-stone-600">{p.wrong}</span>
          <textarea rows={2} placeholder={p.wrongPlaceholder} {...field("wrong")} />
          {problem("wrong")}
        </label>
        <label className="block" htmlFor={`${ids}-corrected`}>
          <span className="text-xs text-stone-600">{p.corrected}</span>
          <textarea rows={2} placeholder={p.correctedPlaceholder} {...field("corrected")} />
          {problem("corrected")}
        </label>
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem]">
        <label className="block" htmlFor={`${ids}-note`}>
          <span className="text-xs text-stone-600">{p.note}</span>
          <input type="text" placeholder={p.notePlaceholder} {...field("note")} />
          {problem("note")}
        </label>
        <label className="block" htmlFor={`${ids}-correctedOn`}>
          <span className="text-xs text-stone-600">{p.correctedOn}</span>
          <input type="date" min={printedOn} max={today} {...field("correctedOn")} />
          {problem("correctedOn")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? p.submitting : p.submit}
        </button>
        {saved && <span role="status" className="text-sm text-emerald-700">{p.saved}</span>}
        {error && <p role="alert" className="text-sm text-brand-700">{error}</p>}
      </div>
    </form>
  );
}

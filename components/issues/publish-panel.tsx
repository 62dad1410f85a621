"use client";
// 发布数字报 on the issue page: now, at a set time (北京时间), or 撤回 with a
// reason. The rules (lib/domain/publishing) decide on the server; this only
// offers what fits the issue's state and says what the server answered.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { publishIssueAction, unpublishIssueAction } from "@/app/(desk)/desk/issues/publish-actions";
import { toBeijingLocal, type IssueStatusName } from "@/lib/domain/publishing";
import { format, messages } from "@/lib/i18n";

const t = messages.issues.publish;

interface Props {
  issueId: string;
  /** As the desk reads it now: a scheduled issue past its time is published. */
  status: IssueStatusName;
  publishAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  readerUrl: string;
}

const timeText = (iso: string | null) => (iso ? toBeijingLocal(new Date(iso)).replace("T", " ") : "");
const button = "rounded-md px-3.5 py-2 text-sm font-medium disabled:opacity-60";

export function PublishPanel({ issueId, status, publishAt, withdrawnAt, withdrawnReason, readerUrl }: Props) {
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "schedule" | "withdraw">("idle");
  const [when, setWhen] = useState(() => toBeijingLocal(new Date(Date.now() + 3600_000)));
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<{ serverError?: { message: string }; validationErrors?: unknown } | undefined>) {
    setPending(true);
    setError(null);
    const result = await action();
    setPending(false);
    if (!result || result.serverError || result.validationErrors) {
      setError(result?.serverError?.message ?? messages.errors.validation);
      return;
    }
    setMode("idle");
    setReason("");
    router.refresh();
  }

  const publishable = status === "locked" || status === "withdrawn";
  const out = status === "published" || status === "scheduled";

  return (
    <section aria-labelledby="publish-title" data-testid="publish-panel" data-status={status} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="publish-title" className="text-sm font-semibold text-stone-500">{t.title}</h2>
      <div className="mt-2 text-sm text-stone-700">
        {status === "published" && <p className="font-medium text-emerald-800">{format(t.published, { time: timeText(publishAt) })}</p>}
        {status === "scheduled" && <p className="font-medium text-amber-800">{format(t.scheduled, { time: timeText(publishAt) })}</p>}
        {status === "withdrawn" && <p className="text-stone-700">{format(t.withdrawn, { time: timeText(withdrawnAt), reason: withdrawnReason ?? "" })}</p>}
        {status === "locked" && <p>{t.ready}</p>}
        {!publishable && !out && <p className="text-stone-500">{t.notReady}</p>}
      </div>

      <div className="mt-3 flex flex-wrap items-center gap-2">
        {publishable && mode === "idle" && (
          <>
            <button type="button" disabled={pending} onClick={() => run(() => publishIssueAction({ issueId, publishAt: null }))} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
              {pending ? t.publishing : status === "withdrawn" ? t.republish : t.now}
            </button>
            <button type="button" onClick={() => setMode("schedule")} className={`${button} border border-stone-300 bg-white text-stone-800 hover:border-stone-400`}>
              {t.schedule}
            </button>
          </>
        )}
        {out && status === "published" && (
          <a href={readerUrl} className="text-sm font-medium text-brand-700 hover:underline">{t.view} →</a>
        )}
        {out && mode === "idle" && (
          <button type="button" onClick={() => setMode("withdraw")} className={`${button} border border-stone-300 bg-white text-stone-800 hover:border-brand-500 hover:text-brand-700`}>
            {t.withdraw}
          </button>
        )}
      </div>

      {mode === "schedule" && (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => publishIssueAction({ issueId, publishAt: when }));
          }}
        >
          <label className="block text-sm">
            <span className="text-xs text-stone-500">{t.scheduleAt}</span>
            <input type="datetime-local" required value={when} onChange={(e) => setWhen(e.target.value)} className="mt-0.5 block rounded-md border border-stone-300 px-2 py-1.5" />
          </label>
          <button type="submit" disabled={pending} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>{pending ? t.publishing : t.confirmSchedule}</button>
          <button type="button" onClick={() => setMode("idle")} className={`${button} text-stone-600 hover:text-stone-900`}>{t.cancel}</button>
        </form>
      )}

      {mode === "withdraw" && (
        <form
          className="mt-3 space-y-2 rounded-md border border-brand-200 bg-brand-50/50 p-3"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => unpublishIssueAction({ issueId, reason }));
          }}
        >
          <p className="text-sm font-medium text-stone-900">{t.withdrawTitle}</p>
          <p className="text-xs text-stone-600">{t.withdrawIntro}</p>
          <label className="block text-sm">
            <span className="text-xs text-stone-500">{t.withdrawReason}</span>
            <textarea required value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t.withdrawPlaceholder} rows={2} className="mt-0.5 block w-full rounded-md border border-stone-300 px-2 py-1.5" />
          </label>
          <div className="flex gap-2">
            <button type="submit" disabled={pending} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>{pending ? t.withdrawing : t.confirmWithdraw}</button>
            <button type="button" onClick={() => setMode("idle")} className={`${button} text-stone-600 hover:text-stone-900`}>{t.cancel}</button>
          </div>
        </form>
      )}

      {error && <p role="alert" className="mt-2 text-sm text-brand-700">{error}</p>}
    </section>
  );
}

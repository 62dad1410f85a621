"use client";
// 审稿: the article's state, its recorded decisions, and what this user may do
// now (submit, or decide at their level). The server re-checks everything.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticleStatus, ReviewLevel, ReviewOutcome } from "@/lib/domain/article-workflow";
import { format, messages } from "@/lib/i18n";
import { formatDeskTime } from "@/components/desk/desk-time";
import { reviewArticleAction, submitArticleAction } from "@/app/(desk)/desk/articles/actions";
import { StatusBadge } from "@/components/desk/status-badge";

const t = messages.editor.review;
const a = messages.articles;

export interface DecisionView {
  id: string;
  level: ReviewLevel;
  outcome: ReviewOutcome;
  opinion: string;
  reviewerName: string;
  createdAt: string;
}

interface Props {
  articleId: string;
  status: ArticleStatus;
  canSubmit: boolean;
  reviewLevel: ReviewLevel | null;
  reviewRefusal: string | null;
  decisions: DecisionView[];
  /** Saves pending edits first, so that what is submitted is what was written. */
  beforeAct(): Promise<boolean>;
}

export function ReviewPanel({ articleId, status, canSubmit, reviewLevel, reviewRefusal, decisions, beforeAct }: Props) {
  const router = useRouter();
  const [opinion, setOpinion] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function act(run: () => Promise<{ serverError?: { message: string } } | undefined>) {
    setPending(true);
    setError(null);
    if (await beforeAct()) {
      const result = await run();
      if (result?.serverError) setError(result.serverError.message);
      else {
        setOpinion("");
        router.refresh();
      }
    }
    setPending(false);
  }
  const decide = (outcome: ReviewOutcome) => {
    if (outcome === "reject" && !window.confirm(t.confirmReject)) return;
    void act(() => reviewArticleAction({ articleId, level: reviewLevel!, outcome, opinion }));
  };

  return (
    <section aria-labelledby="review-title" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="review-title" className="text-sm font-semibold text-stone-700">{t.title}</h2>
        <span data-testid="article-status"><StatusBadge status={status} /></span>
      </div>

      {canSubmit && (
        <div>
          <button type="button" disabled={pending} onClick={() => act(() => submitArticleAction({ articleId }))} className="w-full rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {t.submit}
          </button>
          <p className="mt-1 text-xs text-stone-500">{t.submitHint}</p>
        </div>
      )}

      {reviewLevel && (
        <div className="space-y-2 rounded-md border border-brand-200 bg-brand-50/50 p-3">
          <p className="text-sm font-medium text-brand-800">{format(t.levelNow, { level: a.levels[reviewLevel] })}</p>
          <label className="block">
            <span className="sr-only">{t.opinion}</span>
            <textarea value={opinion} onChange={(e) => setOpinion(e.target.value)} rows={3} placeholder={t.opinionPlaceholder} className="w-full rounded-md border border-stone-300 bg-white px-2.5 py-2 text-sm" />
          </label>
          <div className="grid grid-cols-3 gap-2">
            <button type="button" disabled={pending} onClick={() => decide("pass")} className="rounded-md bg-emerald-600 px-2 py-1.5 text-sm font-medium text-white hover:bg-emerald-700 disabled:opacity-60">
              {reviewLevel === "final" ? t.release : t.pass}
            </button>
            <button type="button" disabled={pending} onClick={() => decide("return")} className="rounded-md border border-amber-500 px-2 py-1.5 text-sm text-amber-800 hover:bg-amber-50 disabled:opacity-60">{t.return}</button>
            <button type="button" disabled={pending} onClick={() => decide("reject")} className="rounded-md border border-stone-300 px-2 py-1.5 text-sm text-stone-700 hover:border-brand-500 disabled:opacity-60">{t.reject}</button>
          </div>
        </div>
      )}
      {reviewRefusal && <p data-testid="review-refusal" className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">{reviewRefusal}</p>}
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}

      <div>
        <h3 className="text-xs font-semibold text-stone-500">{t.history}</h3>
        {decisions.length === 0 ? (
          <p className="mt-1 text-sm text-stone-500">{t.noHistory}</p>
        ) : (
          <ol className="mt-1 space-y-2">
            {decisions.map((d) => (
              <li key={d.id} className="border-l-2 border-stone-200 pl-3 text-sm">
                <p className="font-medium text-stone-800">
                  {format(t.decision, { level: a.levels[d.level], outcome: a.outcomes[d.outcome] })} · {d.reviewerName}
                </p>
                <p className="text-stone-600">{d.opinion}</p>
                <p className="text-xs text-stone-400">{formatDeskTime(new Date(d.createdAt))}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

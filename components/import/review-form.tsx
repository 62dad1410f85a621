"use client";
// 核对导入: the editor corrects the parsed page, saves, and confirms. The draft
// lives here until the server has it: a failed save or confirm changes nothing
// the editor typed, and leaving with unsaved edits asks first.
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { confirmImportAction, discardImportAction, saveImportDraftAction } from "@/app/(desk)/desk/import/actions";
import { draftProblems, normalizeDraft, type DraftArticle, type DraftProblem, type ImportDraft } from "@/lib/domain/import/draft";
import { pageNumberLabel } from "@/lib/domain/dates";
import { format, messages } from "@/lib/i18n";
import type { ConfirmResult, ImportTarget } from "@/lib/server/import/types";
import { ArticleCard, type CardAction } from "./article-card";
import { ConfirmDialog } from "./confirm-dialog";
import { draftOf, emptyArticle, fieldId, keyed, mergeIntoPrevious, move, problemsByPath, remove, type KeyedArticle } from "@/lib/domain/import/draft-edits";
import { Problems } from "./fields";
import { IssueFields } from "./issue-fields";
import { ProblemSummary } from "./problem-summary";

const importUi = messages.importUi;

const t = importUi.review;
const button = "rounded-md px-3.5 py-2 text-sm font-medium disabled:opacity-60";

interface Props {
  batchId: string;
  draft: ImportDraft;
  target: ImportTarget;
  /** The server's problems of the saved draft. */
  problems: DraftProblem[];
  /** Read-only panels for the side column (the masthead). */
  aside?: React.ReactNode;
}

type ActionResult<T> = { data?: T; serverError?: { message: string }; validationErrors?: unknown } | undefined;

/** The server's message for a refused action, or the generic one. */
function failure<T>(result: ActionResult<T>): string | null {
  if (result?.serverError) return result.serverError.message;
  if (!result || result.validationErrors || result.data === undefined) return messages.errors.validation;
  return null;
}

const unreachable = { serverError: { message: messages.errors.internal } };

/** The input schema's refusals (next-safe-action's formatted errors) as problems of the draft's fields. */
function validationProblems(errors: unknown, path: string[] = []): DraftProblem[] {
  if (!errors || typeof errors !== "object") return [];
  return Object.entries(errors).flatMap(([key, value]) =>
    key === "_errors"
      ? Array.isArray(value) && value.length > 0 && path.length > 1 ? [{ path: path.slice(1).join("."), message: t.fieldInvalid }] : []
      : validationProblems(value, [...path, key]),
  );
}

const placeOf = (draft: ImportDraft) => JSON.stringify([draft.issue, draft.page]);

/** What the server will refuse about where the draft lands (a composed issue, a page taken), while the target is current. */
function targetBlockers(target: ImportTarget, pageNumber: number | null): DraftProblem[] {
  if (!target.issue) return [];
  if (!target.issue.imported) return [{ path: "issue.date", message: t.targetNotImported }];
  if (pageNumber !== null && target.issue.pages.includes(pageNumber)) return [{ path: "page.number", message: format(t.targetPageTaken, { page: pageNumberLabel(pageNumber) }) }];
  return [];
}

export function ReviewForm({ batchId, draft: initial, target: initialTarget, problems: initialProblems, aside }: Props) {
  const router = useRouter();
  const [issue, setIssue] = useState(initial.issue);
  const [page, setPage] = useState(initial.page);
  const [items, setItems] = useState<KeyedArticle[]>(() => initial.articles.map(keyed));
  // Serialised as the form builds it: the stored JSON comes back with its keys in another order.
  const [saved, setSaved] = useState(() => JSON.stringify(draftOf(initial.issue, initial.page, initial.articles.map((article) => ({ key: "", article })))));
  const [target, setTarget] = useState({ target: initialTarget, place: placeOf(initial) });
  const [serverProblems, setServerProblems] = useState<{ json: string; problems: DraftProblem[] } | null>(() => ({ json: saved, problems: initialProblems }));
  const [pending, setPending] = useState<"save" | "confirm" | "discard" | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Said after a refused confirm, for as long as the draft is the one refused.
  const [refusedAt, setRefusedAt] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [discardError, setDiscardError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const draft = useMemo(() => draftOf(issue, page, items), [issue, page, items]);
  const json = useMemo(() => JSON.stringify(draft), [draft]);
  const dirty = json !== saved;

  // What the server would refuse, as the editor types; plus what the server
  // itself answered for exactly this draft (rules the client cannot know).
  const problems = useMemo(() => {
    const live = draftProblems(normalizeDraft(draft));
    const extra = serverProblems?.json === json ? serverProblems.problems.filter((p) => !live.some((l) => l.path === p.path && l.message === p.message)) : [];
    return [...live, ...extra];
  }, [draft, json, serverProblems]);
  const byPath = useMemo(() => problemsByPath(problems), [problems]);
  const targetStale = target.place !== placeOf(draft);
  const blockers = targetStale ? [] : targetBlockers(target.target, page.number);
  const summary = [...problems, ...blockers];
  const refused = refusedAt === json && problems.length > 0;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // Ctrl+S / ⌘S saves, as in every editor the newsroom uses.
  const saveRef = useRef<() => void>(() => {});
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  function changeArticle(index: number, article: DraftArticle) {
    setItems((current) => current.map((item, at) => (at === index ? { ...item, article } : item)));
  }

  function act(index: number, action: CardAction) {
    setItems((current) => {
      if (action === "remove") return remove(current, index);
      if (action === "mergeUp") return mergeIntoPrevious(current, index);
      return move(current, index, action === "moveUp" ? -1 : 1);
    });
  }

  async function save() {
    setPending("save");
    setError(null);
    const sent = json;
    const result: ActionResult<{ problems: DraftProblem[]; target: ImportTarget }> = await saveImportDraftAction({ batchId, draft }).catch(() => unreachable);
    setPending(null);
    const refused = failure(result);
    if (result?.validationErrors) setServerProblems({ json: sent, problems: validationProblems(result.validationErrors) });
    if (refused) return setError(refused);
    setSaved(sent);
    setTarget({ target: result!.data!.target, place: placeOf(draft) });
    setServerProblems({ json: sent, problems: result!.data!.problems });
  }

  useEffect(() => {
    saveRef.current = () => { if (pending === null) void save(); };
  });

  async function confirm() {
    setPending("confirm");
    setError(null);
    const sent = json;
    const result: ActionResult<ConfirmResult> = await confirmImportAction({ batchId, draft }).catch(() => unreachable);
    const refused = failure(result);
    if (result?.validationErrors) setServerProblems({ json: sent, problems: validationProblems(result.validationErrors) });
    if (refused) {
      setPending(null);
      return setError(refused);
    }
    const outcome = result!.data!;
    setSaved(sent);
    if (outcome.ok) {
      router.push(`/desk/issues/${outcome.issueId}` as "/desk");
      return;
    }
    setPending(null);
    setServerProblems({ json: sent, problems: outcome.problems });
    setRefusedAt(sent);
    summaryRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  async function discard() {
    setPending("discard");
    setDiscardError(null);
    // Success redirects to the import list; only refusals come back.
    const result = await discardImportAction({ batchId }).catch(() => unreachable);
    setPending(null);
    if (result?.serverError || result?.validationErrors) setDiscardError(result.serverError?.message ?? messages.errors.validation);
  }

  return (
    <div data-testid="import-review" data-dirty={dirty || undefined} className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside className="space-y-4 lg:sticky lg:top-6 lg:order-last lg:max-h-[calc(100dvh-3rem)] lg:self-start lg:overflow-y-auto">
          <div ref={summaryRef} className="scroll-mt-6">
            <ProblemSummary problems={summary} />
          </div>
          {aside}
        </aside>

        <div className="min-w-0 space-y-6">
          <IssueFields issue={issue} page={page} onIssue={setIssue} onPage={setPage} problems={byPath} target={target.target} targetStale={targetStale} />

          <section aria-labelledby="import-articles" id={fieldId("articles")} tabIndex={-1} className="space-y-4">
            <h2 id="import-articles" className="text-sm font-semibold tracking-wide text-stone-500">{format(t.articlesTitle, { count: items.length })}</h2>
            <Problems problems={byPath.get("articles")} />
            {items.length === 0 && <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.articlesEmpty}</p>}
            {items.map((item, index) => (
              <ArticleCard
                key={item.key}
                index={index}
                count={items.length}
                article={item.article}
                onChange={(article) => changeArticle(index, article)}
                onAction={(action) => act(index, action)}
                problems={byPath}
              />
            ))}
            <button
              type="button"
              onClick={() => setItems((current) => [...current, keyed(emptyArticle())])}
              className="w-full rounded-lg border border-dashed border-stone-300 bg-white px-4 py-3 text-sm font-medium text-stone-600 hover:border-brand-500 hover:text-brand-700"
            >
              + {importUi.article.add}
            </button>
          </section>
        </div>
      </div>

      <div data-testid="import-actions" className="sticky bottom-0 z-10 -mx-4 border-t border-stone-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.05)] backdrop-blur sm:bottom-4 sm:mx-0 sm:rounded-lg sm:border sm:px-5">
        {error && <p role="alert" className="mb-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
        {refused && (
          <p role="alert" className="mb-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{format(t.confirmFailed, { count: problems.length })}</p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-stone-600">
            <span className={dirty ? "font-medium text-amber-800" : "text-stone-500"}>{dirty ? t.unsaved : t.saved}</span>
            {summary.length > 0 && !refused && <span className="text-brand-700"> · {format(t.problemsTitle, { count: summary.length })}</span>}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" disabled={pending !== null} onClick={() => { setDiscardError(null); setDiscarding(true); }} className={`${button} text-stone-600 hover:text-brand-700`}>
              {t.discard}
            </button>
            <button type="button" disabled={pending !== null} onClick={save} title={t.saveShortcut} className={`${button} border border-stone-300 bg-white text-stone-800 hover:border-stone-400`}>
              {pending === "save" ? t.saving : t.save}
            </button>
            <button type="button" disabled={pending !== null} onClick={confirm} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
              {pending === "confirm" ? t.confirming : t.confirm}
            </button>
          </div>
        </div>
      </div>

      <ConfirmDialog
        open={discarding}
        title={t.discardTitle}
        body={t.discardBody}
        confirmLabel={t.discardConfirm}
        pendingLabel={t.discarding}
        cancelLabel={t.cancel}
        pending={pending === "discard"}
        error={discardError}
        onConfirm={discard}
        onClose={() => setDiscarding(false)}
      />
    </div>
  );
}

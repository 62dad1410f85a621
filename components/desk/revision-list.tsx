import { format, messages } from "@/lib/i18n";
import type { listRevisions } from "@/lib/server/articles/revisions";
import { DeskTime } from "./desk-time";
import { articleHistoryHref } from "./hrefs";
import { RestoreRevisionButton } from "./restore-revision-button";

const t = messages.lists.history;

type Revision = Awaited<ReturnType<typeof listRevisions>>["revisions"][number];

interface Props {
  articleId: string;
  revisions: Revision[];
  fromId?: string;
  toId?: string;
  /** The revision that holds the article's text now (nothing to restore). */
  currentId?: string;
  /** Whether this user may edit the article, and so restore. */
  restorable: boolean;
  articleVersion: number;
}

const KIND_TONES: Record<Revision["kind"], string> = {
  edit: "bg-stone-100 text-stone-700",
  restore: "bg-sky-50 text-sky-800",
  proof_correction: "bg-violet-50 text-violet-800",
  import: "bg-stone-100 text-stone-600",
  conflict: "bg-amber-50 text-amber-800",
};

/** The revisions, newest first, each with 旧/新 choices for the comparison (a GET form). */
export function RevisionList({ articleId, revisions, fromId, toId, currentId, restorable, articleVersion }: Props) {
  return (
    <form method="get" action={articleHistoryHref(articleId)} className="rounded-lg border border-stone-200 bg-white shadow-sm">
      <ol className="divide-y divide-stone-100">
        {revisions.map((revision) => {
          const version = format(t.version, { version: revision.version });
          const isCurrent = revision.id === currentId;
          return (
            <li key={revision.id} data-revision={revision.id} className="flex items-start gap-3 px-4 py-3">
              <fieldset className="flex shrink-0 flex-col gap-1.5 pt-0.5 text-xs text-stone-500">
                <legend className="sr-only">{version}</legend>
                <label className="flex items-center gap-1">
                  <input type="radio" name="from" value={revision.id} defaultChecked={revision.id === fromId} aria-label={`${t.fromLabel}：${version}`} className="accent-red-600" />
                  {t.from}
                </label>
                <label className="flex items-center gap-1">
                  <input type="radio" name="to" value={revision.id} defaultChecked={revision.id === toId} aria-label={`${t.toLabel}：${version}`} className="accent-green-700" />
                  {t.to}
                </label>
              </fieldset>
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
                  <DeskTime date={revision.updatedAt} className="tabular-nums text-stone-700" />
                  <span>{revision.author?.name ?? t.unknownAuthor}</span>
                  <span className={`rounded px-1.5 py-0.5 ${KIND_TONES[revision.kind]}`}>{t.kinds[revision.kind]}</span>
                  {isCurrent && <span className="rounded bg-brand-50 px-1.5 py-0.5 font-medium text-brand-700">{t.current}</span>}
                </p>
                <p className="mt-1 truncate font-serif font-semibold text-stone-900">{revision.headline.trim() || messages.lists.untitled}</p>
                <p className="mt-0.5 text-xs text-stone-500 tabular-nums">
                  {version} · {format(t.charCount, { count: revision.charCount.toLocaleString("zh-CN") })}
                </p>
              </div>
              {restorable && !isCurrent && (
                <RestoreRevisionButton articleId={articleId} revisionId={revision.id} baseVersion={articleVersion} />
              )}
            </li>
          );
        })}
      </ol>
      {revisions.length > 1 && (
        <div className="border-t border-stone-100 px-4 py-3">
          <button
            type="submit"
            className="rounded-md bg-stone-800 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-800"
          >
            {t.compare}
          </button>
        </div>
      )}
    </form>
  );
}

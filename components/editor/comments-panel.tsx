"use client";
// 批注: threads anchored to the text, with replies, @mentions and resolve.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { format, messages } from "@/lib/i18n";
import { formatDeskTime } from "@/components/desk/desk-time";
import { addCommentAction, resolveCommentAction } from "@/app/(desk)/desk/articles/actions";

const t = messages.editor.comments;

export interface CommentView {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}
export interface ThreadView extends CommentView {
  quote: string | null;
  resolved: boolean;
  replies: CommentView[];
}

interface Props {
  articleId: string;
  threads: ThreadView[];
  people: { id: string; name: string }[];
  selection: { text: string } | null;
  activeId: string | null;
  anchoredIds: ReadonlySet<string>;
  onActivate(id: string | null): void;
  /** Marks the selected text with the new thread's id. */
  onCreated(id: string): void;
}


/** A textarea with an @mention picker; sends body and the mentioned ids. */
function CommentForm({ people, placeholder, onSend }: { people: Props["people"]; placeholder: string; onSend(body: string, mentionIds: string[]): Promise<boolean> }) {
  const [body, setBody] = useState("");
  const [mentions, setMentions] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="space-y-1.5"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!body.trim()) return;
        setPending(true);
        const mentioned = people.filter((p) => mentions.includes(p.id) && body.includes(`@${p.name}`)).map((p) => p.id);
        if (await onSend(body, mentioned)) {
          setBody("");
          setMentions([]);
        }
        setPending(false);
      }}
    >
      <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={2} placeholder={placeholder} aria-label={placeholder} className="w-full rounded-md border border-stone-300 px-2 py-1.5 text-sm" />
      <div className="flex items-center justify-between gap-2">
        <select
          aria-label={t.mention}
          value=""
          onChange={(e) => {
            const person = people.find((p) => p.id === e.target.value);
            if (!person) return;
            setBody((b) => `${b}${b && !b.endsWith(" ") ? " " : ""}@${person.name} `);
            setMentions((m) => [...new Set([...m, person.id])]);
          }}
          className="max-w-[8rem] rounded border border-stone-300 px-1 py-0.5 text-xs text-stone-600"
        >
          <option value="">@ {t.mention}</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <button type="submit" disabled={pending || !body.trim()} className="rounded-md bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-40">{t.send}</button>
      </div>
    </form>
  );
}

export function CommentsPanel({ articleId, threads, people, selection, activeId, anchoredIds, onActivate, onCreated }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const open = threads.filter((th) => !th.resolved);
  const resolved = threads.filter((th) => th.resolved);

  async function send(input: { body: string; mentionIds: string[]; quote?: string; parentId?: string }) {
    setError(null);
    const result = await addCommentAction({ articleId, ...input });
    if (!result?.data) {
      setError(result?.serverError?.message ?? messages.errors.internal);
      return false;
    }
    if (!input.parentId) onCreated(result.data.id);
    router.refresh();
    return true;
  }
  async function setResolved(commentId: string, value: boolean) {
    const result = await resolveCommentAction({ commentId, resolved: value });
    if (result?.serverError) setError(result.serverError.message);
    router.refresh();
  }

  const thread = (th: ThreadView) => (
    <li
      key={th.id}
      id={`comment-${th.id}`}
      data-comment-thread={th.id}
      onClick={() => onActivate(th.id)}
      className={`rounded-md border p-2.5 text-sm ${activeId === th.id ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"}`}
    >
      {th.quote && (
        <blockquote className={`mb-1.5 border-l-2 pl-2 text-xs ${anchoredIds.has(th.id) ? "border-amber-400 text-stone-600" : "border-stone-300 text-stone-400 line-through"}`}>
          {th.quote}
        </blockquote>
      )}
      {!anchoredIds.has(th.id) && th.quote && <p className="mb-1 text-xs text-stone-400">{t.anchorGone}</p>}
      {[th, ...th.replies].map((c) => (
        <div key={c.id} className="mt-1">
          <p className="text-xs text-stone-500"><span className="font-medium text-stone-700">{c.authorName}</span> · {formatDeskTime(new Date(c.createdAt))}</p>
          <p className="whitespace-pre-wrap text-stone-800">{c.body}</p>
        </div>
      ))}
      <div className="mt-2 space-y-1.5">
        {!th.resolved && <CommentForm people={people} placeholder={t.replyPlaceholder} onSend={(body, mentionIds) => send({ body, mentionIds, parentId: th.id })} />}
        <button type="button" onClick={() => setResolved(th.id, !th.resolved)} className="text-xs text-stone-500 hover:text-brand-700">
          {th.resolved ? t.reopen : t.resolve}
        </button>
      </div>
    </li>
  );

  return (
    <section aria-labelledby="comments-title" className="space-y-3">
      <div>
        <h2 id="comments-title" className="text-sm font-semibold text-stone-700">{t.title}</h2>
        <p className="text-xs text-stone-400">{t.staffOnly}</p>
      </div>
      {selection?.text ? (
        <div className="rounded-md border border-amber-300 bg-amber-50/60 p-2.5">
          <p className="mb-1.5 line-clamp-2 text-xs text-amber-900">“{selection.text}”</p>
          <CommentForm people={people} placeholder={t.placeholder} onSend={(body, mentionIds) => send({ body, mentionIds, quote: selection.text })} />
        </div>
      ) : (
        <p className="text-xs text-stone-500">{open.length === 0 ? t.empty : t.selectFirst}</p>
      )}
      {error && <p role="alert" className="text-sm text-brand-700">{error}</p>}
      <ol className="space-y-2">{open.map(thread)}</ol>
      {resolved.length > 0 && (
        <div>
          <button type="button" onClick={() => setShowResolved((v) => !v)} className="text-xs text-stone-500 hover:text-brand-700">
            {format(t.showResolved, { count: resolved.length })}
          </button>
          {showResolved && <ol className="mt-2 space-y-2 opacity-75">{resolved.map(thread)}</ol>}
        </div>
      )}
    </section>
  );
}

"use client";
// The article editor (/desk/articles/{id}): title fields, body, bylines,
// 三审 and comments, with autosave that never loses work.
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import type { JSONContent } from "@tiptap/core";
import type { ArticleFields, BylineRole } from "@/lib/domain/article-input";
import type { ArticleStatus, ReviewLevel } from "@/lib/domain/article-workflow";
import { countCharacters } from "@/lib/domain/char-count";
import { format, messages } from "@/lib/i18n";
import { bodyPlainText } from "@/lib/richtext/plain-text";
import { parseArticleBody } from "@/lib/richtext/validate";
import { describeMediaAction } from "@/app/(desk)/desk/media/actions";
import { ImagePickerDialog } from "@/components/media/image-picker";
import type { FigureAttrs } from "@/lib/richtext/nodes/figure";
import { ArticleFieldsForm } from "./article-fields-form";
import { BylineEditor } from "./byline-editor";
import { CommentsPanel, type ThreadView } from "./comments-panel";
import { ConflictDialog, type ConflictChoice } from "./conflict-dialog";
import { RestoreBanner } from "./restore-banner";
import { ReviewPanel, type DecisionView } from "./review-panel";
import { RichTextEditor, type RichTextEditorHandle } from "./rich-text-editor";
import { SaveIndicator } from "./save-indicator";
import { discardLocalCopy, readLocalCopy, useAutosave, type BylineDraft, type Draft, type LocalCopy } from "./use-autosave";

const t = messages.editor;

export interface WorkspaceProps {
  article: {
    id: string;
    version: number;
    status: ArticleStatus;
    publicationName: string;
    internalCirculation: boolean;
    fields: ArticleFields;
    body: JSONContent;
    bylines: BylineDraft[];
  };
  editable: boolean;
  readOnlyReason: string | null;
  canSubmit: boolean;
  canUpload: boolean;
  reviewLevel: ReviewLevel | null;
  reviewRefusal: string | null;
  decisions: DecisionView[];
  threads: ThreadView[];
  people: { id: string; name: string }[];
}

function commentIdsIn(node: JSONContent, found = new Set<string>()): Set<string> {
  for (const mark of node.marks ?? []) if (mark.type === "comment" && typeof mark.attrs?.commentId === "string") found.add(mark.attrs.commentId);
  for (const child of node.content ?? []) commentIdsIn(child, found);
  return found;
}

/** Equal in what the server would store: bodies compare in the schema's normal form. */
function sameDraft(a: Draft, b: Draft): boolean {
  const normal = (draft: Draft) => {
    const body = parseArticleBody(draft.body);
    return JSON.stringify({ ...draft, body: body.ok ? body.doc : draft.body });
  };
  return normal(a) === normal(b);
}

/** A photo's caption and alt text, written in the article, fill the library's empty ones (best effort). */
function describeInLibrary(attrs: FigureAttrs) {
  if (!attrs.mediaId || !(attrs.caption || attrs.alt)) return;
  void describeMediaAction({ id: attrs.mediaId, caption: attrs.caption, altText: attrs.alt }).catch(() => undefined);
}

export function ArticleWorkspace(props: WorkspaceProps) {
  const { article, editable } = props;
  const initial = useMemo<Draft>(() => ({ fields: article.fields, body: article.body, bylines: article.bylines }), [article]);
  const editorRef = useRef<RichTextEditorHandle>(null);
  const [draft, setDraft] = useState<Draft>(initial);
  const draftRef = useRef(draft);
  const [localCopy, setLocalCopy] = useState<LocalCopy | null>(null);
  const [mergeReference, setMergeReference] = useState<Draft | null>(null);
  const [selection, setSelection] = useState<{ text: string } | null>(null);
  const [activeComment, setActiveComment] = useState<string | null>(null);
  const autosave = useAutosave({ articleId: article.id, version: article.version, editable });

  useEffect(() => {
    const copy = readLocalCopy(article.id);
    if (copy && editable && !sameDraft(copy.draft, initial)) setLocalCopy(copy);
    else if (copy) discardLocalCopy(article.id);
    // Only on opening the article: later the autosave keeps the copy in step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.id]);

  const update = (patch: Partial<Draft>) => {
    const next = { ...draftRef.current, ...patch };
    draftRef.current = next;
    setDraft(next);
    autosave.change(next);
  };
  const replaceDraft = (next: Draft) => {
    draftRef.current = next;
    setDraft(next);
    editorRef.current?.setContent(next.body);
  };

  const resolveConflict = (choice: ConflictChoice) => {
    if (autosave.state.kind !== "conflict") return;
    const { current, mine } = autosave.state;
    const theirs: Draft = {
      fields: {
        kicker: current.kicker ?? "", headline: current.headline, subheadline: current.subheadline ?? "",
        column: current.column ?? "", dateline: current.dateline ?? "",
      },
      body: current.body as JSONContent,
      bylines: current.bylines.map((b) => ({ contributorId: b.contributorId, role: b.role, name: b.contributor.name, kind: b.contributor.kind })),
    };
    if (choice === "keepMine") return autosave.rebase(current.version, mine, { saveNow: true });
    replaceDraft(theirs);
    autosave.rebase(current.version, theirs, { saveNow: false });
    if (choice === "merge") setMergeReference(mine);
  };

  const charCount = countCharacters(
    [draft.fields.kicker, draft.fields.headline, draft.fields.subheadline].join("") + bodyPlainText(draft.body),
  );
  const anchoredIds = useMemo(() => commentIdsIn(draft.body), [draft.body]);
  const defaultRole: BylineRole = article.internalCirculation ? "author" : "reporter";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <nav className="flex items-center gap-2 text-sm text-stone-500">
          <Link href="/desk/articles" className="hover:text-brand-700">{t.links.backToList}</Link>
          <span aria-hidden>/</span>
          <span>{article.publicationName}</span>
        </nav>
        <div className="flex flex-wrap items-center gap-4">
          <SaveIndicator state={autosave.state} editable={editable} onRetry={autosave.retryNow} />
          <span data-testid="char-count" className="text-sm tabular-nums text-stone-600">{format(t.charCount, { count: charCount })}</span>
          <Link href={`/desk/articles/${article.id}/preview`} className="text-sm text-stone-600 hover:text-brand-700">{t.links.preview}</Link>
          <Link href={`/desk/articles/${article.id}/history`} className="text-sm text-stone-600 hover:text-brand-700">{t.links.history}</Link>
        </div>
      </div>

      {localCopy && (
        <RestoreBanner
          copy={localCopy}
          onRestore={() => {
            replaceDraft(localCopy.draft);
            autosave.adoptLocalCopy(localCopy);
            setLocalCopy(null);
          }}
          onDiscard={() => {
            discardLocalCopy(article.id);
            setLocalCopy(null);
          }}
        />
      )}
      {!editable && props.readOnlyReason && (
        <p className="rounded-md border border-stone-200 bg-stone-100 px-3 py-2 text-sm text-stone-600">{format(t.review.readOnlyReason, { reason: props.readOnlyReason })}</p>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-4">
          {mergeReference && (
            <details open className="rounded-md border border-sky-300 bg-sky-50 p-3">
              <summary className="cursor-pointer text-sm font-semibold text-sky-900">{t.conflict.mergePanel}</summary>
              <pre data-testid="merge-reference" className="mt-2 max-h-60 overflow-y-auto whitespace-pre-wrap font-serif text-sm leading-7">
                {[mergeReference.fields.headline, bodyPlainText(mergeReference.body)].join("\n\n")}
              </pre>
              <button type="button" onClick={() => setMergeReference(null)} className="mt-2 text-sm text-sky-800 underline">{t.conflict.closeMerge}</button>
            </details>
          )}
          <ArticleFieldsForm fields={draft.fields} editable={editable} onChange={(fields) => update({ fields })} />
          <RichTextEditor
            ref={editorRef}
            content={draft.body}
            editable={editable}
            labels={messages.richText}
            onUpdate={(body) => update({ body })}
            onSelectionChange={(range) => setSelection(range && range.text.trim() ? { text: range.text } : null)}
            onCommentClick={(id) => {
              setActiveComment(id);
              document.getElementById(`comment-${id}`)?.scrollIntoView({ behavior: "smooth", block: "nearest" });
            }}
            activeCommentId={activeComment}
            imagePicker={props.canUpload && editable ? ImagePickerDialog : undefined}
            onFigureSaved={props.canUpload ? describeInLibrary : undefined}
          />
        </div>

        <aside className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto">
          <ReviewPanel
            articleId={article.id}
            status={article.status}
            canSubmit={props.canSubmit}
            reviewLevel={props.reviewLevel}
            reviewRefusal={props.reviewRefusal}
            decisions={props.decisions}
            beforeAct={autosave.flush}
          />
          <BylineEditor bylines={draft.bylines} editable={editable} defaultRole={defaultRole} onChange={(bylines) => update({ bylines })} />
          <CommentsPanel
            articleId={article.id}
            threads={props.threads}
            people={props.people}
            selection={selection}
            activeId={activeComment}
            anchoredIds={anchoredIds}
            onActivate={setActiveComment}
            onCreated={(id) => {
              editorRef.current?.addComment(id);
              setSelection(null);
            }}
          />
        </aside>
      </div>

      {autosave.state.kind === "conflict" && (
        <ConflictDialog current={autosave.state.current} mine={autosave.state.mine} onChoose={resolveConflict} />
      )}
    </div>
  );
}

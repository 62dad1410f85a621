"use client";
import "./article-body.css";

// The article body editor (正文). Its schema is lib/richtext's one extension
// list, the same the server validates and renders with. Every visible string
// comes from the caller (labels), so the editor holds no copy of its own.
import { NodeSelection } from "@tiptap/pm/state";
import { EditorContent, useEditor, useEditorState, type ChainedCommands, type Editor, type JSONContent } from "@tiptap/react";
import { useEffect, useId, useImperativeHandle, useRef, useState, type ComponentType, type KeyboardEvent, type ReactNode, type Ref } from "react";
import { articleExtensions, isAllowedImageSrc, isAllowedLinkHref } from "@/lib/richtext/extensions";
import type { FigureAttrs } from "@/lib/richtext/nodes/figure";
import { cleanPastedHtml } from "@/lib/richtext/paste";

export interface RichTextEditorHandle {
  /** Replaces the document without calling onUpdate, and without an undo step. */
  setContent(doc: JSONContent): void;
  /** Anchors a comment to the selected text; false when nothing is selected. */
  addComment(commentId: string): boolean;
  removeComment(commentId: string): void;
  focus(): void;
}

export interface RichTextEditorLabels {
  /** The accessible name of the editable body. */
  body: string;
  toolbar: {
    name: string;
    heading: string;
    bold: string;
    blockquote: string;
    boxedText: string;
    bulletList: string;
    orderedList: string;
    link: string;
    image: string;
    editFigure: string;
    undo: string;
    redo: string;
  };
  link: {
    url: string;
    placeholder: string;
    apply: string;
    remove: string;
    cancel: string;
    invalid: string;
  };
  figure: {
    preview: string;
    caption: string;
    captionPlaceholder: string;
    credit: string;
    creditPlaceholder: string;
    alt: string;
    altHint: string;
    insert: string;
    save: string;
    cancel: string;
    /** Marks alt text and credit, which 签发 requires. */
    required: string;
    /** "这张图片还缺：{what}。…" */
    missing: string;
    missingAlt: string;
    missingCredit: string;
    separator: string;
    fromLibrary: string;
  };
}

/** A picture chosen in the picker (from the 图片库 or just uploaded), with what the library knows of it. */
export interface PickedImage {
  src: string;
  mediaId: string;
  width: number | null;
  height: number | null;
  caption: string;
  credit: string;
  alt: string;
  fromLibrary: boolean;
}

/** The dialog that finds or uploads a picture; the caller supplies it, so the editor holds no data access. */
export type ImagePicker = ComponentType<{ onPick(image: PickedImage): void; onCancel(): void }>;

export interface RichTextEditorProps {
  /** The document the editor starts with; replace it later with the handle's setContent. */
  content: JSONContent;
  editable: boolean;
  onUpdate(doc: JSONContent): void;
  onSelectionChange?(selection: { from: number; to: number; text: string } | null): void;
  onCommentClick?(commentId: string): void;
  /** Without it there is no image button. */
  imagePicker?: ImagePicker;
  /** Told of each figure inserted or edited (the caller may describe the photo in its library). */
  onFigureSaved?(attrs: FigureAttrs): void;
  labels: RichTextEditorLabels;
  activeCommentId?: string | null;
  ref?: Ref<RichTextEditorHandle>;
}

type FigureDraft = FigureAttrs & { mode: "insert" | "edit"; fromLibrary: boolean };
type FigurePanel = { kind: "picking" } | { kind: "form"; draft: FigureDraft };

const buttonClass =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-2.5 text-sm text-stone-700 hover:bg-stone-100 " +
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 disabled:opacity-40 " +
  "aria-pressed:bg-brand-50 aria-pressed:font-semibold aria-pressed:text-brand-700";
const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";
const primaryClass =
  "min-h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const secondaryClass =
  "min-h-10 rounded-md border border-stone-300 bg-white px-4 text-sm text-stone-700 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** What the reporter typed in the link box, as an address, or null if it is none we allow. */
export function normalizeLinkInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  let href = value;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) href = `mailto:${value}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^[a-z0-9-]+(\.[a-z0-9-]+)+([/?#:]|$)/i.test(value)) href = `https://${value}`;
  return /^(https?:\/\/|mailto:)/i.test(href) && isAllowedLinkHref(href) ? href : null;
}

export function RichTextEditor({
  content,
  editable,
  onUpdate,
  onSelectionChange,
  onCommentClick,
  imagePicker,
  onFigureSaved,
  labels,
  activeCommentId = null,
  ref,
}: RichTextEditorProps) {
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  // The editor is built once; what it calls back is read through a ref so it stays current.
  const latest = { onUpdate, onSelectionChange, onCommentClick, labels, editable, openLinkPanel };
  const callbacks = useRef(latest);
  useEffect(() => {
    callbacks.current = latest;
  });

  const editor = useEditor({
    extensions: articleExtensions,
    content,
    editable,
    immediatelyRender: false,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      // A function, so ProseMirror re-reads it when the editor turns read-only.
      attributes: () => ({
        class: "article-body min-h-[50vh] px-4 py-4 outline-none sm:px-6",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": callbacks.current.labels.body,
        "aria-readonly": String(!callbacks.current.editable),
      }),
      handleClick: (view, _pos, event) => {
        const target = event.target instanceof Element ? event.target.closest("[data-comment-id]") : null;
        const commentId = target && view.dom.contains(target) ? target.getAttribute("data-comment-id") : null;
        if (commentId) callbacks.current.onCommentClick?.(commentId);
        return false;
      },
      handleKeyDown: (view, event) => {
        if (!view.editable || !(event.metaKey || event.ctrlKey) || event.key.toLowerCase() !== "k") return false;
        event.preventDefault();
        callbacks.current.openLinkPanel();
        return true;
      },
    },
    onUpdate: ({ editor: current }) => callbacks.current.onUpdate(current.getJSON()),
    onSelectionUpdate: ({ editor: current }) => {
      const { from, to, empty } = current.state.selection;
      callbacks.current.onSelectionChange?.(empty ? null : { from, to, text: current.state.doc.textBetween(from, to, "\n") });
    },
  });

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    editor?.commands.setActiveComment(activeCommentId);
  }, [editor, activeCommentId]);

  useImperativeHandle(
    ref,
    () => ({
      setContent: (doc) => {
        editor?.chain().setMeta("addToHistory", false).setContent(doc, { emitUpdate: false }).run();
      },
      addComment: (commentId) => editor?.commands.setComment(commentId) ?? false,
      removeComment: (commentId) => {
        editor?.commands.unsetComment(commentId);
      },
      focus: () => {
        editor?.commands.focus();
      },
    }),
    [editor],
  );

  function openLinkPanel() {
    if (editor) setLinkDraft((editor.getAttributes("link").href as string | undefined) ?? "");
  }

  return (
    <div className="rounded-lg border border-stone-200 bg-white">
      {editor && editable && (
        <Toolbar
          editor={editor}
          labels={labels}
          imagePicker={imagePicker}
          onFigureSaved={onFigureSaved}
          linkDraft={linkDraft}
          setLinkDraft={setLinkDraft}
          onLink={openLinkPanel}
        />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}

interface ToolbarProps {
  editor: Editor;
  labels: RichTextEditorLabels;
  imagePicker?: ImagePicker;
  onFigureSaved?(attrs: FigureAttrs): void;
  linkDraft: string | null;
  setLinkDraft(value: string | null): void;
  onLink(): void;
}

function Toolbar({ editor, labels, imagePicker: Picker, onFigureSaved, linkDraft, setLinkDraft, onLink }: ToolbarProps) {
  const t = labels.toolbar;
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { selection } = current.state;
      return {
        heading: current.isActive("heading", { level: 3 }),
        bold: current.isActive("bold"),
        blockquote: current.isActive("blockquote"),
        boxedText: current.isActive("boxedText"),
        bulletList: current.isActive("bulletList"),
        orderedList: current.isActive("orderedList"),
        link: current.isActive("link"),
        figure: selection instanceof NodeSelection && selection.node.type.name === "figure" ? selection.node.attrs : null,
        canUndo: current.can().undo(),
        canRedo: current.can().redo(),
      };
    },
  });
  const [figurePanel, setFigurePanel] = useState<FigurePanel | null>(null);
  const run = (command: (chain: ChainedCommands) => ChainedCommands) => command(editor.chain().focus()).run();

  function picked(image: PickedImage) {
    if (!isAllowedImageSrc(image.src)) return setFigurePanel(null);
    const { fromLibrary, ...attrs } = image;
    setFigurePanel({ kind: "form", draft: { mode: "insert", fromLibrary, ...attrs } });
  }

  function editSelectedFigure() {
    if (!state.figure) return;
    const attrs = state.figure as FigureAttrs;
    setFigurePanel({ kind: "form", draft: { mode: "edit", fromLibrary: false, ...attrs } });
  }

  function saveFigure(draft: FigureDraft) {
    const attrs: FigureAttrs = {
      src: draft.src,
      mediaId: draft.mediaId,
      caption: oneLine(draft.caption),
      credit: oneLine(draft.credit),
      alt: oneLine(draft.alt),
      width: draft.width,
      height: draft.height,
    };
    if (draft.mode === "insert") run((chain) => chain.insertFigure(attrs));
    else run((chain) => chain.updateAttributes("figure", attrs));
    onFigureSaved?.(attrs);
    setFigurePanel(null);
  }

  function closeFigurePanel() {
    setFigurePanel(null);
    editor.commands.focus();
  }

  return (
    <div className="sticky top-0 z-10 rounded-t-lg border-b border-stone-200 bg-white/95 backdrop-blur">
      <div role="toolbar" aria-label={t.name} onKeyDown={moveFocusWithArrows} className="flex flex-wrap items-center gap-1 p-1.5">
        <ToggleButton label={t.heading} pressed={state.heading} onClick={() => run((c) => c.toggleHeading({ level: 3 }))} />
        <ToggleButton label={t.bold} pressed={state.bold} onClick={() => run((c) => c.toggleBold())} />
        <ToggleButton label={t.blockquote} pressed={state.blockquote} onClick={() => run((c) => c.toggleBlockquote())} />
        <ToggleButton label={t.boxedText} pressed={state.boxedText} onClick={() => run((c) => c.toggleBoxedText())} />
        <Divider />
        <ToggleButton label={t.bulletList} pressed={state.bulletList} onClick={() => run((c) => c.toggleBulletList())} />
        <ToggleButton label={t.orderedList} pressed={state.orderedList} onClick={() => run((c) => c.toggleOrderedList())} />
        <Divider />
        <ToggleButton label={t.link} pressed={state.link} expanded={linkDraft !== null} onClick={onLink} />
        {Picker && <ToolbarButton label={t.image} onClick={() => setFigurePanel({ kind: "picking" })} />}
        {state.figure && <ToolbarButton label={t.editFigure} onClick={editSelectedFigure} />}
        <Divider />
        <ToolbarButton label={t.undo} onClick={() => run((c) => c.undo())} disabled={!state.canUndo} />
        <ToolbarButton label={t.redo} onClick={() => run((c) => c.redo())} disabled={!state.canRedo} />
      </div>
      {linkDraft !== null && (
        <LinkPanel editor={editor} labels={labels.link} initial={linkDraft} active={state.link} onClose={() => setLinkDraft(null)} />
      )}
      {figurePanel?.kind === "picking" && Picker && <Picker onPick={picked} onCancel={closeFigurePanel} />}
      {figurePanel?.kind === "form" && (
        <FigureForm labels={labels.figure} initial={figurePanel.draft} onSave={saveFigure} onCancel={closeFigurePanel} />
      )}
    </div>
  );
}

/** Captions are one run of text; the page layout decides where they break. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

function ToolbarButton({ label, onClick, disabled }: { label: string; onClick(): void; disabled?: boolean }) {
  return (
    <button type="button" aria-label={label} onClick={onClick} disabled={disabled} className={buttonClass}>
      {label}
    </button>
  );
}

function ToggleButton({ label, pressed, expanded, onClick }: { label: string; pressed: boolean; expanded?: boolean; onClick(): void }) {
  return (
    <button type="button" aria-label={label} aria-pressed={pressed} aria-expanded={expanded} onClick={onClick} className={buttonClass}>
      {label}
    </button>
  );
}

function Divider() {
  return <span aria-hidden className="mx-0.5 h-6 w-px bg-stone-200" />;
}

/** Arrow keys move along the toolbar, as in the WAI-ARIA toolbar pattern. */
function moveFocusWithArrows(event: KeyboardEvent<HTMLDivElement>) {
  const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
  if (!(event.key in moves) && event.key !== "Home" && event.key !== "End") return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)"));
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === "Home" ? 0 : event.key === "End" ? buttons.length - 1 : (index + moves[event.key]! + buttons.length) % buttons.length;
  buttons[next]?.focus();
  event.preventDefault();
}

/**
 * Panels are groups, not forms: the editor usually sits inside the article's
 * own form, and a nested form would submit that one on Enter.
 */
function Panel({ children, onEnter, onEscape }: { children: ReactNode; onEnter(): void; onEscape(): void }) {
  return (
    <div
      role="group"
      className="flex flex-col gap-2 border-t border-stone-100 p-3"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onEscape();
        } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing && isTextField(event.target)) {
          event.preventDefault();
          onEnter();
        }
      }}
    >
      {children}
    </div>
  );
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== "file");
}

interface LinkPanelProps {
  editor: Editor;
  labels: RichTextEditorLabels["link"];
  initial: string;
  active: boolean;
  onClose(): void;
}

function LinkPanel({ editor, labels, initial, active, onClose }: LinkPanelProps) {
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const href = normalizeLinkInput(value);
    if (!href) return setInvalid(true);
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !active) {
      chain.insertContent({ type: "text", text: value.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  return (
    <Panel onEnter={apply} onEscape={close}>
      <label className="block text-sm font-medium text-stone-700">
        {labels.url}
        <input
          autoFocus
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder={labels.placeholder}
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
          className={inputClass}
        />
      </label>
      {invalid && (
        <p id={errorId} role="alert" className="text-sm text-brand-700">
          {labels.invalid}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={apply} className={primaryClass}>
          {labels.apply}
        </button>
        {active && (
          <button type="button" onClick={remove} className={secondaryClass}>
            {labels.remove}
          </button>
        )}
        <button type="button" onClick={close} className={secondaryClass}>
          {labels.cancel}
        </button>
      </div>
    </Panel>
  );
}

interface FigureFormProps {
  labels: RichTextEditorLabels["figure"];
  initial: FigureDraft;
  onSave(draft: FigureDraft): void;
  onCancel(): void;
}

function FigureForm({ labels, initial, onSave, onCancel }: FigureFormProps) {
  const [draft, setDraft] = useState(initial);
  const altHintId = useId();
  const missingId = useId();
  const field = (name: "caption" | "credit" | "alt") => ({
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
    className: inputClass,
  });
  const missing = [!draft.alt.trim() && labels.missingAlt, !draft.credit.trim() && labels.missingCredit].filter(Boolean);
  const required = <span className="ml-1 text-xs font-normal text-brand-700">{labels.required}</span>;

  return (
    <Panel onEnter={() => onSave(draft)} onEscape={onCancel}>
      <div className="flex flex-col gap-3 sm:flex-row" data-testid="figure-form">
        <img src={draft.src} alt={labels.preview} className="h-28 w-40 shrink-0 rounded border border-stone-200 bg-stone-100 object-cover" />
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          {initial.fromLibrary && <p className="text-xs text-stone-500">{labels.fromLibrary}</p>}
          <label className="block text-sm font-medium text-stone-700">
            {labels.caption}
            <textarea autoFocus rows={2} placeholder={labels.captionPlaceholder} {...field("caption")} />
          </label>
          <label className="block text-sm font-medium text-stone-700">
            {labels.credit}
            {required}
            <input type="text" placeholder={labels.creditPlaceholder} aria-describedby={missing.length ? missingId : undefined} {...field("credit")} />
          </label>
          <label className="block text-sm font-medium text-stone-700">
            {labels.alt}
            {required}
            <input type="text" aria-describedby={altHintId} {...field("alt")} />
            <span id={altHintId} className="mt-1 block text-xs font-normal text-stone-500">
              {labels.altHint}
            </span>
          </label>
          {missing.length > 0 && (
            <p id={missingId} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {labels.missing.replace("{what}", missing.join(labels.separator))}
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => onSave(draft)} className={primaryClass}>
          {initial.mode === "insert" ? labels.insert : labels.save}
        </button>
        <button type="button" onClick={onCancel} className={secondaryClass}>
          {labels.cancel}
        </button>
      </div>
    </Panel>
  );
}

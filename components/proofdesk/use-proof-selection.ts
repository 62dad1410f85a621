"use client";
// Marking on the proof: a selection inside one printed run of text
// ([data-proof-field]) becomes a mark target, its place in the article field
// counted in code points from the run's data-proof-offset. The proof's DOM is
// never touched here, so the browser's selection (and a phone's handles) stay
// as the proofreader left them.
import { useCallback, useEffect, useRef, type RefObject } from "react";
import { selectedText, type SelectedText } from "@/lib/domain/proof-desk-view";
import type { MarkField } from "@/lib/domain/proofreading";

export interface MarkTarget extends SelectedText {
  key: string;
  articleId: string | null;
  field: MarkField;
  /** The selection's box in document coordinates: where the form opens. */
  anchor: { top: number; bottom: number; left: number; right: number };
  /** The selection's lines in the page's own (unscaled) pixels, drawn while the form is open. */
  lines: { x: number; y: number; width: number; height: number }[];
}

interface Options {
  enabled: boolean;
  /** The proof's page element, drawn at true size and scaled by a transform. */
  page: RefObject<HTMLElement | null>;
  onTarget(target: MarkTarget): void;
  /** The selection covers more than one run of text. */
  onSpans(): void;
}

const SETTLE_MS = 300;

export function useProofSelection({ enabled, page, onTarget, onSpans }: Options) {
  const handlers = useRef({ onTarget, onSpans });
  const last = useRef<string | null>(null);
  useEffect(() => {
    handlers.current = { onTarget, onSpans };
  });

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pointerDown = false;

    const check = () => {
      const root = page.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return;
      const field = fieldOf(range, root);
      if (field === null) return;
      if (field === "spans") {
        last.current = null;
        handlers.current.onSpans();
        return;
      }
      const target = targetOf(range, field, root);
      if (!target || target.key === last.current) return;
      last.current = target.key;
      handlers.current.onTarget(target);
    };
    const settle = () => {
      clearTimeout(timer);
      if (!pointerDown) timer = setTimeout(check, SETTLE_MS);
    };
    const down = () => {
      pointerDown = true;
    };
    // A touch that turns into a long-press selection is cancelled, not lifted.
    const cancel = () => {
      pointerDown = false;
      settle();
    };
    const up = () => {
      pointerDown = false;
      clearTimeout(timer);
      // After the click has updated the selection.
      timer = setTimeout(check, 0);
    };
    document.addEventListener("selectionchange", settle);
    document.addEventListener("pointerdown", down);
    document.addEventListener("pointerup", up);
    document.addEventListener("pointercancel", cancel);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", settle);
      document.removeEventListener("pointerdown", down);
      document.removeEventListener("pointerup", up);
      document.removeEventListener("pointercancel", cancel);
    };
  }, [enabled, page]);

  /** Forget the last target, so selecting the same text again reopens the form. */
  const reset = useCallback(() => {
    last.current = null;
  }, []);
  return { reset };
}

const closestField = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>("[data-proof-field]") ?? null;

/** The one run of text the selection covers, "spans" when it covers more, null when none. */
function fieldOf(range: Range, root: HTMLElement): HTMLElement | "spans" | null {
  const start = closestField(range.startContainer);
  if (start && start === closestField(range.endContainer) && root.contains(start)) return start;
  if (!root.contains(range.commonAncestorContainer)) return "spans";
  // A selection may start or end just outside the text it covers: a triple-click ends at the next paragraph.
  const ancestor = range.commonAncestorContainer;
  const scope = ancestor instanceof Element ? ancestor : ancestor.parentElement!;
  const selected = range.toString().trim();
  const touched = [...scope.querySelectorAll<HTMLElement>("[data-proof-field]")].filter(
    (el) => range.intersectsNode(el) && clampTo(range, el).toString().trim() !== "",
  );
  if (touched.length === 1 && clampTo(range, touched[0]!).toString().trim() === selected) return touched[0]!;
  return touched.length > 0 ? "spans" : null;
}

function clampTo(range: Range, element: Element): Range {
  const whole = document.createRange();
  whole.selectNodeContents(element);
  const out = range.cloneRange();
  if (out.compareBoundaryPoints(Range.START_TO_START, whole) < 0) out.setStart(whole.startContainer, whole.startOffset);
  if (out.compareBoundaryPoints(Range.END_TO_END, whole) > 0) out.setEnd(whole.endContainer, whole.endOffset);
  return out;
}

function targetOf(range: Range, element: HTMLElement, root: HTMLElement): MarkTarget | null {
  const inRun = clampTo(range, element);
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(inRun.startContainer, inRun.startOffset);
  const found = selectedText(before.toString(), inRun.toString(), Number(element.dataset.proofOffset ?? 0));
  if (!found) return null;
  const field = element.dataset.proofField as MarkField;
  const articleId = element.dataset.proofArticle ?? null;

  const box = inRun.getBoundingClientRect();
  const pageBox = root.getBoundingClientRect();
  const scale = pageBox.width / root.offsetWidth || 1;
  const seen = new Set<string>();
  const lines = [...inRun.getClientRects()]
    .filter((r) => r.width > 0.5 && r.height > 0.5)
    .map((r) => ({ x: (r.left - pageBox.left) / scale, y: (r.top - pageBox.top) / scale, width: r.width / scale, height: r.height / scale }))
    .filter((r) => {
      const key = [r.x, r.y, r.width, r.height].map(Math.round).join();
      return !seen.has(key) && Boolean(seen.add(key));
    });
  return {
    ...found,
    key: `${articleId ?? "masthead"}:${field}:${found.from}:${found.to}`,
    articleId,
    field,
    anchor: { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left + window.scrollX, right: box.right + window.scrollX },
    lines,
  };
}

// Marks and suggestions drawn in place on the proof: a run of printed text
// cut into pieces at every annotation edge, so each piece is plain or inside
// one annotation. Offsets are code points in the article field, as marks store them.
import type { MarkField } from "./proofreading";

export type AnnotationTone = "open" | "accepted" | "rejected" | "suggestion";

export interface ProofAnnotation {
  id: string;
  articleId: string | null;
  field: MarkField;
  from: number;
  to: number;
  tone: AnnotationTone;
}

export interface TextPiece {
  text: string;
  annotation: ProofAnnotation | null;
}

// Where two overlap, the one that asks for attention wins: an open mark over a suggestion.
const PRIORITY: Record<AnnotationTone, number> = { open: 3, suggestion: 2, rejected: 1, accepted: 0 };

/** The text starting at `offset` in its field, cut at the annotations that fall on it. */
export function annotatePieces(text: string, offset: number, annotations: readonly ProofAnnotation[]): TextPiece[] {
  const chars = [...text];
  const end = offset + chars.length;
  // Insertions (from = to) show as one character wide, so they can be seen and clicked.
  const spans = annotations
    .map((a) => ({ a, from: Math.max(a.from, offset), to: Math.min(a.to === a.from ? a.from + 1 : a.to, end) }))
    .filter((s) => s.from < s.to);
  if (spans.length === 0) return chars.length ? [{ text, annotation: null }] : [];
  const owner: (ProofAnnotation | null)[] = chars.map(() => null);
  for (const { a, from, to } of spans) {
    for (let i = from; i < to; i += 1) {
      const current = owner[i - offset];
      if (!current || PRIORITY[a.tone] > PRIORITY[current.tone]) owner[i - offset] = a;
    }
  }
  const pieces: TextPiece[] = [];
  chars.forEach((char, i) => {
    const last = pieces.at(-1);
    if (last && last.annotation === owner[i]) last.text += char;
    else pieces.push({ text: char, annotation: owner[i] ?? null });
  });
  return pieces;
}

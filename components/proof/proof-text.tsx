// A run of printed text that knows where it comes from: the article, the
// field and the offset of its first character. The proofreading desk maps a
// selection back to the article through these data attributes, and marks
// and suggestions are drawn in place. Server-renderable: no hooks.
import { annotatePieces, type ProofAnnotation } from "@/lib/domain/proof-annotations";
import type { MarkField } from "@/lib/domain/proofreading";

type Props = {
  articleId: string | null;
  field: MarkField;
  offset: number;
  text: string;
  annotations: readonly ProofAnnotation[];
};

export function ProofText({ articleId, field, offset, text, annotations }: Props) {
  const own = annotations.filter((a) => a.field === field);
  const pieces = own.length > 0 ? annotatePieces(text, offset, own) : [{ text, annotation: null }];
  return (
    <span data-proof-field={field} data-proof-article={articleId ?? undefined} data-proof-offset={offset}>
      {pieces.map((piece, index) =>
        piece.annotation ? (
          <mark key={index} className={`proof-mark proof-mark--${piece.annotation.tone}`} data-annotation-id={piece.annotation.id}>
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </span>
  );
}

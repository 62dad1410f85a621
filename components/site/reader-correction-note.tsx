// 更正 beside a published article, from its snapshot: the same sentence the
// desk and 本期更正 print (components/corrections), in amber, before the text
// that still carries the error.
import { CorrectedOn, correctionSentence, type SentenceParts } from "@/components/corrections/correction-note";
import type { SnapshotCorrection } from "@/lib/domain/snapshot";
import { messages } from "@/lib/i18n";

const reader = messages.reader;

type Props = {
  corrections: SnapshotCorrection[];
  /** Where the error was printed: the paper, issue, page and headline. */
  printed: Omit<SentenceParts, "wrong" | "corrected">;
};

export function ReaderCorrectionNote({ corrections, printed }: Props) {
  if (corrections.length === 0) return null;
  return (
    <aside
      aria-labelledby="article-corrections-title"
      data-testid="correction-note"
      className="reader-corrections mt-6 rounded-r-md border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-[0.9375rem] leading-7 text-stone-900"
    >
      <h2 id="article-corrections-title" className="font-bold text-amber-900">
        {reader.article.corrections}
      </h2>
      <ul className="mt-1 space-y-3">
        {corrections.map((correction, index) => (
          <li key={index}>
            <p>{correctionSentence({ ...printed, wrong: correction.wrong, corrected: correction.corrected })}</p>
            {correction.note && <p className="text-stone-800">{correction.note}</p>}
            <CorrectedOn day={correction.correctedOn} className="block text-sm text-stone-700" />
          </li>
        ))}
      </ul>
    </aside>
  );
}

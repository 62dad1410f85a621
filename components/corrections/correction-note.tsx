// The 更正 note readers see beside a published article, and the sentence that
// the desk panel and 本期更正 share. No hooks: it renders on the server.
import { calendarDay, correctionSentenceValues, type CorrectionRecord, type PaperReference } from "@/lib/domain/corrections";
import { formatChineseDate, isoDate } from "@/lib/domain/dates";
import { format, messages } from "@/lib/i18n";

const t = messages.corrections;

export interface SentenceParts {
  paper: PaperReference;
  number: number;
  totalNumber: number;
  pageNumber: number;
  headline: string;
  wrong: string;
  corrected: string;
}

/** 本报第10期（总第255期）第01版《标题》一文中，“错”应为“对”。 */
export function correctionSentence(parts: SentenceParts): string {
  const paper = parts.paper.kind === "self" ? t.note.paperSelf : format(t.note.paperNamed, { name: parts.paper.name });
  return format(t.note.sentence, { paper, ...correctionSentenceValues({ wrong: parts.wrong, corrected: parts.corrected, printed: parts }) });
}

/** A correction as a client component receives it: days as YYYY-MM-DD, moments as ISO strings. */
export interface CorrectionView extends SentenceParts {
  id: string;
  articleId: string;
  note: string | null;
  correctedOn: string;
  createdByName: string;
  createdAt: string;
}

export function toCorrectionView(record: CorrectionRecord): CorrectionView {
  const { printed } = record;
  return {
    id: record.id,
    articleId: record.articleId,
    paper: printed.paper,
    number: printed.number,
    totalNumber: printed.totalNumber,
    pageNumber: printed.pageNumber,
    headline: printed.headline,
    wrong: record.wrong,
    corrected: record.corrected,
    note: record.note,
    correctedOn: isoDate(record.correctedOn),
    createdByName: record.createdByName,
    createdAt: record.createdAt.toISOString(),
  };
}

/** 2023年6月14日更正 */
export function CorrectedOn({ day, className }: { day: string; className?: string }) {
  return <time dateTime={day} className={className}>{format(t.note.correctedOn, { date: formatChineseDate(calendarDay(day)) })}</time>;
}

/** One correction: the sentence, the optional 说明, the date. */
export function CorrectionItem({ correction }: { correction: CorrectionView }) {
  return (
    <>
      <p>{correctionSentence(correction)}</p>
      {correction.note && <p className="text-stone-600">{correction.note}</p>}
      <CorrectedOn day={correction.correctedOn} className="block text-xs text-stone-500" />
    </>
  );
}

/** The visible 更正 of a published article; nothing when it has none. */
export function CorrectionNote({ corrections }: { corrections: CorrectionRecord[] }) {
  if (corrections.length === 0) return null;
  return (
    <aside aria-label={t.note.title} data-testid="correction-note" className="mt-6 rounded-r-md border-l-4 border-amber-500 bg-amber-50 px-4 py-3 font-sans text-sm leading-6 text-stone-800">
      <h2 className="font-bold text-amber-800">{t.note.title}</h2>
      <ul className="mt-1 space-y-2">
        {corrections.map((record) => (
          <li key={record.id}><CorrectionItem correction={toCorrectionView(record)} /></li>
        ))}
      </ul>
    </aside>
  );
}

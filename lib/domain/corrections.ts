// 更正: the record that a published article printed something wrong. The
// printed page stays as printed (it was signed for press); readers see a note
// beside the article, and the next issue lists the correction.
import { pageNumberLabel } from "./dates";

export const CORRECTION_LIMITS = { wrong: 500, corrected: 500, note: 500 } as const;

export type CorrectionField = "wrong" | "corrected" | "note" | "correctedOn";
export type CorrectionProblem =
  | "required"
  | "unchanged" // 更正为 repeats 原文
  | "tooLong"
  | "beforeIssue" // 更正日期 before the issue that printed the error
  | "inFuture";

export interface CorrectionInput {
  wrong: string;
  corrected: string;
  note?: string | null;
  /** A calendar day (midnight UTC); today when absent. */
  correctedOn?: Date | null;
}

export interface CheckedCorrection {
  wrong: string;
  corrected: string;
  note: string | null;
  correctedOn: Date;
}

export type CorrectionCheck =
  | { ok: true; value: CheckedCorrection }
  | { ok: false; problems: Partial<Record<CorrectionField, CorrectionProblem>> };

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day as stored (@db.Date): midnight UTC. */
export function calendarDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Today on Beijing time (UTC+8 all year, no daylight saving), whatever the server's zone. */
export function shanghaiToday(now: Date = new Date()): Date {
  const beijing = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate()));
}

const length = (text: string) => [...text].length;

/** What a correction may say: both texts, different, within the limits, dated between the issue and today. */
export function checkCorrection(input: CorrectionInput, bounds: { printedOn: Date; today: Date }): CorrectionCheck {
  const wrong = input.wrong.trim();
  const corrected = input.corrected.trim();
  const note = input.note?.trim() || null;
  const correctedOn = input.correctedOn ?? bounds.today;
  const problems: Partial<Record<CorrectionField, CorrectionProblem>> = {};

  if (!wrong) problems.wrong = "required";
  else if (length(wrong) > CORRECTION_LIMITS.wrong) problems.wrong = "tooLong";
  if (!corrected) problems.corrected = "required";
  else if (length(corrected) > CORRECTION_LIMITS.corrected) problems.corrected = "tooLong";
  else if (corrected === wrong) problems.corrected = "unchanged";
  if (note && length(note) > CORRECTION_LIMITS.note) problems.note = "tooLong";
  if (correctedOn.getTime() < bounds.printedOn.getTime()) problems.correctedOn = "beforeIssue";
  else if (correctedOn.getTime() > bounds.today.getTime()) problems.correctedOn = "inFuture";

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { wrong, corrected, note, correctedOn } };
}

/**
 * The day from which the correction counts for listing. A correction made on
 * the day its error was printed could not be printed in that issue any more:
 * it counts from the next day, so that the next issue still lists it.
 */
export function listingDay(correction: { printedOn: Date; correctedOn: Date }): Date {
  return correction.correctedOn.getTime() > correction.printedOn.getTime()
    ? correction.correctedOn
    : new Date(correction.printedOn.getTime() + DAY_MS);
}

/**
 * 本期更正: issue X lists the corrections of its publication whose error was
 * printed before X, made after the issue before X (by date) and by X's date.
 */
export function isListedIn(
  correction: { printedOn: Date; correctedOn: Date },
  issue: { date: Date; previousDate: Date | null },
): boolean {
  const day = listingDay(correction).getTime();
  return (
    correction.printedOn.getTime() < issue.date.getTime() &&
    (issue.previousDate === null || day > issue.previousDate.getTime()) &&
    day <= issue.date.getTime()
  );
}

/** The correctedOn range a query must fetch so that isListedIn can decide (a superset, bounds inclusive). */
export function listingWindow(issue: { date: Date; previousDate: Date | null }): { from: Date | null; through: Date } {
  return { from: issue.previousDate, through: issue.date };
}

/** Internal-circulation papers may not call themselves 本报: they name the paper instead. */
export type PaperReference = { kind: "self" } | { kind: "named"; name: string };

export function paperReference(publication: { name: string; internalCirculation: boolean }): PaperReference {
  return publication.internalCirculation ? { kind: "named", name: publication.name } : { kind: "self" };
}

/** Where the error was printed: the issue, the page of the article's first part, the headline. */
export interface PrintedPlace {
  issueId: string;
  paper: PaperReference;
  number: number;
  totalNumber: number;
  date: Date;
  pageNumber: number;
  headline: string;
}

/**
 * The values of the 更正 sentence, e.g. 本报第10期（总第255期）第01版《标题》一文中，
 * “错”应为“对”。 The wording itself is in the messages.
 */
export function correctionSentenceValues(correction: { wrong: string; corrected: string; printed: Omit<PrintedPlace, "issueId" | "paper" | "date"> }) {
  return {
    number: correction.printed.number,
    total: correction.printed.totalNumber,
    page: pageNumberLabel(correction.printed.pageNumber),
    // A two-part headline prints on two lines; quoted, it reads as one.
    headline: correction.printed.headline.trim().replace(/\s+/g, " "),
    wrong: correction.wrong,
    corrected: correction.corrected,
  };
}

/** A registered correction with where its error was printed, as the desk and the reader site show it. */
export interface CorrectionRecord {
  id: string;
  articleId: string;
  wrong: string;
  corrected: string;
  note: string | null;
  correctedOn: Date;
  createdAt: Date;
  createdByName: string;
  printed: PrintedPlace;
}

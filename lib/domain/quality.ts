// 编校质量: the 差错率 of each page and issue, and what each proofreader did,
// over a period of issues. Confirmed marks (accepted) are the errors; a page
// counts the characters of its latest round; the arithmetic is error-rate's.
import { errorRate, issueErrorRate, type ConfirmedMark, type ErrorRate } from "./error-rate";

export type QualityMarkStatus = "open" | "accepted" | "rejected";

export interface QualityMarkRow extends ConfirmedMark {
  status: QualityMarkStatus;
}

export interface QualityRoundRow {
  /** 校次: 1 for 一校 …; the read-through has the highest number. */
  round: number;
  proofreader: { id: string; name: string };
  /** 字数 on the proof when the round started */
  characters: number;
  marks: readonly QualityMarkRow[];
}

export interface QualityPageRow {
  id: string;
  number: number;
  name: string;
  rounds: readonly QualityRoundRow[];
}

export interface QualityIssueRow {
  id: string;
  date: Date;
  number: number;
  totalNumber: number;
  publicationName: string;
  pages: readonly QualityPageRow[];
}

/** A rate with the characters it was counted against. */
export type MeasuredRate = ErrorRate & { characters: number };

export interface PageQuality {
  id: string;
  number: number;
  name: string;
  rounds: number;
  /** accepted marks, before weights and the repeat cap */
  confirmedMarks: number;
  /** null: 未校对, the page has no round yet */
  rate: MeasuredRate | null;
}

export interface IssueQuality {
  id: string;
  date: Date;
  number: number;
  totalNumber: number;
  publicationName: string;
  pagesTotal: number;
  pagesProofread: number;
  confirmedMarks: number;
  /** Over the proofread pages; null when none is. */
  rate: MeasuredRate | null;
  pages: PageQuality[];
}

export interface ProofreaderQuality {
  id: string;
  name: string;
  rounds: number;
  /** sum of the characters of their rounds */
  characters: number;
  marks: number;
  accepted: number;
  rejected: number;
  /** 采纳率: accepted / (accepted + rejected); null before any mark is settled */
  acceptance: number | null;
  /** 漏校: accepted marks found in later rounds of the pages, once per round of theirs before them */
  missed: number;
}

export interface QualitySummary {
  issues: number;
  issuesProofread: number;
  issuesOverLimit: number;
  characters: number;
  /** counted errors, summed over issues (each issue caps its own repeats) */
  errors: number;
}

export interface QualityReport {
  summary: QualitySummary;
  /** newest first */
  issues: IssueQuality[];
  /** most rounds first */
  proofreaders: ProofreaderQuality[];
}

const confirmed = (marks: readonly QualityMarkRow[]) => marks.filter((mark) => mark.status === "accepted");

function latestRound(rounds: readonly QualityRoundRow[]): QualityRoundRow | undefined {
  return rounds.reduce<QualityRoundRow | undefined>((latest, r) => (!latest || r.round > latest.round ? r : latest), undefined);
}

/** A proofread page's confirmed marks and characters, as issueErrorRate takes them. */
function measuredPage(page: QualityPageRow): { marks: QualityMarkRow[]; characters: number } | null {
  const latest = latestRound(page.rounds);
  if (!latest) return null;
  return { marks: page.rounds.flatMap((r) => confirmed(r.marks)), characters: latest.characters };
}

export function pageQuality(page: QualityPageRow): PageQuality {
  const measured = measuredPage(page);
  return {
    id: page.id,
    number: page.number,
    name: page.name,
    rounds: page.rounds.length,
    confirmedMarks: measured?.marks.length ?? 0,
    rate: measured ? { ...errorRate(measured.marks, measured.characters), characters: measured.characters } : null,
  };
}

export function issueQuality(issue: QualityIssueRow): IssueQuality {
  const measured = issue.pages.map(measuredPage).filter((page) => page !== null);
  return {
    id: issue.id,
    date: issue.date,
    number: issue.number,
    totalNumber: issue.totalNumber,
    publicationName: issue.publicationName,
    pagesTotal: issue.pages.length,
    pagesProofread: measured.length,
    confirmedMarks: measured.reduce((sum, page) => sum + page.marks.length, 0),
    // The repeat cap runs across the whole issue, so the issue is not the sum of its pages.
    rate: measured.length > 0 ? issueErrorRate(measured) : null,
    pages: [...issue.pages].sort((a, b) => a.number - b.number).map(pageQuality),
  };
}

/** Each proofreader's rounds, marks and 漏校 over the pages given. */
export function proofreaderQuality(pages: readonly QualityPageRow[]): ProofreaderQuality[] {
  const people = new Map<string, ProofreaderQuality>();
  for (const page of pages) {
    for (const round of page.rounds) {
      const person = people.get(round.proofreader.id) ?? {
        ...round.proofreader, rounds: 0, characters: 0, marks: 0, accepted: 0, rejected: 0, acceptance: null, missed: 0,
      };
      person.rounds += 1;
      person.characters += round.characters;
      person.marks += round.marks.length;
      person.accepted += confirmed(round.marks).length;
      person.rejected += round.marks.filter((mark) => mark.status === "rejected").length;
      // What later rounds of this page found was on the proof this round read.
      person.missed += page.rounds
        .filter((later) => later.round > round.round)
        .reduce((sum, later) => sum + confirmed(later.marks).length, 0);
      people.set(person.id, person);
    }
  }
  return [...people.values()]
    .map((person) => {
      const settled = person.accepted + person.rejected;
      return { ...person, acceptance: settled > 0 ? person.accepted / settled : null };
    })
    .sort((a, b) => b.rounds - a.rounds || b.characters - a.characters || a.name.localeCompare(b.name, "zh-CN"));
}

export function qualityReport(issues: readonly QualityIssueRow[]): QualityReport {
  const figures = issues.map(issueQuality).sort((a, b) => b.date.getTime() - a.date.getTime() || b.totalNumber - a.totalNumber);
  const proofread = figures.flatMap((issue) => (issue.rate ? [issue.rate] : []));
  return {
    summary: {
      issues: figures.length,
      issuesProofread: proofread.length,
      issuesOverLimit: proofread.filter((rate) => rate.overLimit).length,
      characters: proofread.reduce((sum, rate) => sum + rate.characters, 0),
      errors: proofread.reduce((sum, rate) => sum + rate.errors, 0),
    },
    issues: figures,
    proofreaders: proofreaderQuality(issues.flatMap((issue) => issue.pages)),
  };
}

// ───────────── The period ─────────────

export interface QualityPeriod {
  /** 2024-03, inclusive */
  from: string;
  to: string;
  /** first day of `from`, midnight UTC (issue dates are stored that way) */
  start: Date;
  /** first day after `to`: issues before it are in */
  end: Date;
}

/** The default period is this many months, ending with the current one. */
export const DEFAULT_PERIOD_MONTHS = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const monthIndex = (year: number, month: number) => year * 12 + (month - 1);
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
const firstDay = (index: number) => new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));

function parseMonth(value: unknown): number | null {
  const match = typeof value === "string" ? MONTH.exec(value) : null;
  return match ? monthIndex(Number(match[1]), Number(match[2])) : null;
}

/**
 * The months `?from=YYYY-MM&to=YYYY-MM` ask for, inclusive. A missing or
 * malformed end falls back to the last 12 months up to the current one (in
 * China time: the centre's month turns at its midnight); ends given in the
 * wrong order are swapped.
 */
export function qualityPeriod(query: { from?: unknown; to?: unknown }, now: Date): QualityPeriod {
  // China keeps UTC+8 all year.
  const china = new Date(now.getTime() + 8 * 3_600_000);
  const current = monthIndex(china.getUTCFullYear(), china.getUTCMonth() + 1);
  let to = parseMonth(query.to) ?? current;
  let from = parseMonth(query.from) ?? to - (DEFAULT_PERIOD_MONTHS - 1);
  if (from > to) [from, to] = [to, from];
  return { from: monthOf(from), to: monthOf(to), start: firstDay(from), end: firstDay(to + 1) };
}

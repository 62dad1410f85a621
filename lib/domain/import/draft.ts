// The importing editor's version of a parsed page: what the staff UI shows
// and lets them correct, what the command line imports as parsed. Pure: the
// server checks a confirmed draft with `draftProblems` before it writes.
import { z } from "zod";
import { format, messages } from "@/lib/i18n";
import { BYLINE_ROLES, type BylineRole } from "../article-input";
import { parseIssueDate } from "../dates";
import type { ParsedPage } from "./parse-page";

const t = messages.importer.draft;

const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => text(max).nullable();
const count = (max: number) => z.number().int().min(1).max(max).nullable();

export const draftBylineSchema = z.object({ name: text(40), role: z.enum(BYLINE_ROLES).nullable() });
export const draftParagraphSchema = z.object({ text: text(20_000), subhead: z.boolean() });

export const draftArticleSchema = z.object({
  kicker: optionalText(120),
  headline: text(120),
  subheadline: optionalText(160),
  column: optionalText(40),
  dateline: optionalText(40),
  bylines: z.array(draftBylineSchema).max(20),
  paragraphs: z.array(draftParagraphSchema).max(1_000),
  /** 上接N版 / 下转N版 as printed. */
  jumpFrom: count(99),
  jumpTo: count(99),
});

/** The shape, bounded so that a hostile request cannot grow it; the rules are in draftProblems. */
export const importDraftSchema = z.object({
  issue: z.object({
    date: optionalText(10), // YYYY-MM-DD
    number: count(999), // 期号
    totalNumber: count(99_999), // 总期号
    lunarDate: optionalText(20), // as printed
  }),
  page: z.object({
    number: count(99), // 版号
    name: optionalText(20), // 版名
    pageEditor: optionalText(20), // 本版编辑, as printed
    layout: optionalText(20), // 组版
    proofreader: optionalText(20), // 校对
  }),
  articles: z.array(draftArticleSchema).max(200),
});

export type ImportDraft = z.infer<typeof importDraftSchema>;
export type DraftArticle = z.infer<typeof draftArticleSchema>;
export type DraftByline = { name: string; role: BylineRole | null };

/** A field the editor must fix before the import is confirmed; `path` names it for the form. */
export interface DraftProblem {
  path: string;
  message: string;
}

const blankToNull = (value: string | null) => (value && value.trim() ? value.trim() : null);

/** The parser's result as a draft the editor can correct. Subheads come from the parser's `subheads`. */
export function draftFromParsed(parsed: ParsedPage): ImportDraft {
  const { issue } = parsed;
  const { page } = parsed;
  return {
    issue: { date: issue.date, number: issue.number, totalNumber: issue.totalNumber, lunarDate: issue.lunarDate },
    page: {
      number: page.number,
      name: page.name,
      pageEditor: issue.pageEditor,
      layout: issue.layout,
      proofreader: issue.proofreader,
    },
    articles: parsed.articles.map((article) => {
      const subheads = new Set(article.subheads);
      return {
        kicker: article.kicker,
        headline: article.headline,
        subheadline: article.subheadline,
        column: article.column,
        dateline: article.dateline,
        bylines: article.bylines.map((byline) => ({ name: byline.name, role: byline.role })),
        paragraphs: article.paragraphs.map((paragraph, index) => ({ text: paragraph, subhead: subheads.has(index) })),
        jumpFrom: article.jumpFrom,
        jumpTo: article.jumpTo,
      };
    }),
  };
}

/** Trims every field and drops empty paragraphs and bylines, as the import stores them. */
export function normalizeDraft(draft: ImportDraft): ImportDraft {
  return {
    issue: { ...draft.issue, date: blankToNull(draft.issue.date), lunarDate: blankToNull(draft.issue.lunarDate) },
    page: {
      number: draft.page.number,
      name: blankToNull(draft.page.name),
      pageEditor: blankToNull(draft.page.pageEditor),
      layout: blankToNull(draft.page.layout),
      proofreader: blankToNull(draft.page.proofreader),
    },
    articles: draft.articles.map((article) => ({
      ...article,
      kicker: blankToNull(article.kicker),
      headline: article.headline.trim(),
      subheadline: blankToNull(article.subheadline),
      column: blankToNull(article.column),
      dateline: blankToNull(article.dateline),
      bylines: article.bylines.map((byline) => ({ ...byline, name: byline.name.trim() })).filter((byline) => byline.name),
      paragraphs: article.paragraphs.map((paragraph) => ({ ...paragraph, text: paragraph.text.trim() })).filter((paragraph) => paragraph.text),
    })),
  };
}

/** What must be fixed before a (normalized) draft can be imported, in the order of the form. */
export function draftProblems(draft: ImportDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!draft.issue.date) add("issue.date", t.dateRequired);
  else if (!parseIssueDate(draft.issue.date)) add("issue.date", format(t.dateInvalid, { date: draft.issue.date }));
  if (draft.issue.number === null) add("issue.number", t.numberRequired);
  if (draft.issue.totalNumber === null) add("issue.totalNumber", t.totalNumberRequired);
  if (draft.page.number === null) add("page.number", t.pageNumberRequired);
  if (draft.articles.length === 0) add("articles", t.articlesRequired);
  draft.articles.forEach((article, index) => {
    const n = index + 1;
    if (!article.headline) add(`articles.${index}.headline`, format(t.headlineRequired, { n }));
    if (!article.paragraphs.some((paragraph) => !paragraph.subhead)) add(`articles.${index}.paragraphs`, format(t.bodyRequired, { n }));
    article.bylines.forEach((byline, at) => {
      if (!/^[\p{Script=Han}·A-Za-z\s.-]{2,40}$/u.test(byline.name)) add(`articles.${index}.bylines.${at}`, format(t.bylineInvalid, { n, name: byline.name }));
    });
  });
  return problems;
}


// What `npm run import -- --dry-run` prints: the parse of a page in the
// issue's fixed JSON shape (for batch checks), or a summary for people.
// Roles are printed as the paper prints them (记者, 通讯员, 文/图).
import { format, messages } from "@/lib/i18n";
import { formatBylines } from "../bylines";
import type { Reason } from "../errors";
import type { ImportDraft } from "./draft";
import { parsePage, type ParsedPage } from "./parse-page";

const t = messages.importer.cli;
const roleLabels = messages.articles.bylineRoles;

export interface DryRunJson {
  issue: { date: string | null; number: number | null; totalNumber: number | null; lunarDate: string | null; pageEditor: string | null; layout: string | null; proofreader: string | null };
  articles: { kicker: string | null; headline: string; subheadline: string | null; column: string | null; dateline: string | null; bylines: { name: string; role: string | null }[]; paragraphs: number }[];
  warnings: string[];
}

/** A file with neither an article nor a masthead is not a page of a paper. */
export const nothingFound = (parsed: ParsedPage) => parsed.articles.length === 0 && parsed.issue.date === null;

export function dryRunJson(parsed: ParsedPage, notes: readonly string[] = []): DryRunJson {
  const { date, number, totalNumber, lunarDate, pageEditor, layout, proofreader } = parsed.issue;
  return {
    issue: { date, number, totalNumber, lunarDate, pageEditor, layout, proofreader },
    articles: parsed.articles.map((article) => ({
      kicker: article.kicker,
      headline: article.headline,
      subheadline: article.subheadline,
      column: article.column,
      dateline: article.dateline,
      bylines: article.bylines.map((byline) => ({ name: byline.name, role: byline.role ? roleLabels[byline.role] : null })),
      paragraphs: article.paragraphs.length,
    })),
    warnings: [...notes, ...parsed.warnings],
  };
}

function summary(json: DryRunJson, parsed: ParsedPage): string {
  const { issue } = json;
  const lines = [
    format(t.summaryIssue, { date: issue.date ?? "?", number: issue.number ?? "?", total: issue.totalNumber ?? "?", lunar: issue.lunarDate ?? "—" }),
    format(t.summaryArticles, { count: json.articles.length }),
    ...json.articles.map((article, index) => {
      // As the paper prints them: （记者 李三旺 通讯员 董洁）, （张铁生 文/图）.
      const bylines = formatBylines(parsed.articles[index]!.bylines.map((byline) => ({ name: byline.name, role: byline.role ?? "author" })));
      return `  ${index + 1}. ${[article.kicker, article.headline, article.subheadline].filter(Boolean).join(" / ")}${bylines} · ${format(t.paragraphs, { count: article.paragraphs })}`;
    }),
    ...json.warnings.map((warning) => `${t.warning}${warning}`),
  ];
  return lines.join("\n");
}

export function dryRun(text: string, notes: readonly string[] = []): { ok: true; json: DryRunJson; summary: string } | { ok: false; refusal: Reason } {
  const parsed = parsePage(text);
  if (nothingFound(parsed)) return { ok: false, refusal: "importNothingFound" };
  const json = dryRunJson(parsed, notes);
  return { ok: true, json, summary: summary(json, parsed) };
}

export interface DraftOverrides {
  date?: string;
  number?: number;
  totalNumber?: number;
  page?: number;
  pageName?: string;
}

/** The command line's options win over what the parser read. */
export function applyOverrides(draft: ImportDraft, overrides: DraftOverrides): ImportDraft {
  return {
    ...draft,
    issue: {
      ...draft.issue,
      date: overrides.date ?? draft.issue.date,
      number: overrides.number ?? draft.issue.number,
      totalNumber: overrides.totalNumber ?? draft.issue.totalNumber,
    },
    page: { ...draft.page, number: overrides.page ?? draft.page.number, name: overrides.pageName ?? draft.page.name },
  };
}

// The reader site's search form (/search?q=&pub=&from=&to=&page=): what a
// query string asks for, read leniently (a reader's typo gives results and a
// hint, never an error page), and the pages of results.
import { parseIssueDate } from "./reader-urls";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_QUERY = 100;
/** searchArticles serves at most this deep; deeper pages are not offered. */
export const SEARCH_MAX_PAGE = 50;
/** Matches are counted up to this many; a reader sees "1000 篇以上". */
export const SEARCH_MAX_RESULTS = SEARCH_MAX_PAGE * SEARCH_PAGE_SIZE;

export type SearchProblem = "fromInvalid" | "toInvalid" | "queryTooLong";

export interface SearchForm {
  q: string;
  pub: string | null;
  /** YYYY-MM-DD, valid or null. */
  from: string | null;
  to: string | null;
  page: number;
  problems: SearchProblem[];
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export function parseSearchForm(params: Params): SearchForm {
  const problems: SearchProblem[] = [];
  let q = first(params.q).replace(/\s+/gu, " ");
  if ([...q].length > SEARCH_MAX_QUERY) {
    q = [...q].slice(0, SEARCH_MAX_QUERY).join("");
    problems.push("queryTooLong");
  }
  const day = (value: string, problem: SearchProblem) => {
    if (!value) return null;
    if (parseIssueDate(value)) return value;
    problems.push(problem);
    return null;
  };
  let from = day(first(params.from), "fromInvalid");
  let to = day(first(params.to), "toInvalid");
  // A range given backwards is read the right way round.
  if (from && to && from > to) [from, to] = [to, from];
  const page = Number.parseInt(first(params.page), 10);
  return {
    q,
    pub: first(params.pub) || null,
    from,
    to,
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), SEARCH_MAX_PAGE) : 1,
    problems,
  };
}

export type PageItem = number | "gap";

export interface Pagination {
  pageCount: number;
  previous: number | null;
  next: number | null;
  /** The page numbers to link: the first, the last, and two either side of the current one. */
  items: PageItem[];
}

export function pagination(total: number, page: number, size = SEARCH_PAGE_SIZE): Pagination {
  const pageCount = Math.min(Math.ceil(total / size), SEARCH_MAX_PAGE);
  const current = Math.min(Math.max(page, 1), Math.max(pageCount, 1));
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const items: PageItem[] = [];
  shown.forEach((n, i) => {
    const gap = i > 0 ? n - shown[i - 1]! - 1 : 0;
    // A gap would hide one page only: show that page instead.
    if (gap === 1) items.push(n - 1);
    else if (gap > 1) items.push("gap");
    items.push(n);
  });
  return {
    pageCount,
    previous: current > 1 ? current - 1 : null,
    next: current < pageCount ? current + 1 : null,
    items,
  };
}

/** The query string of a search, page included; empty values left out. */
export function searchQuery(form: Pick<SearchForm, "q" | "pub" | "from" | "to">, page = 1): string {
  const params = new URLSearchParams({ q: form.q });
  for (const [key, value] of [["pub", form.pub], ["from", form.from], ["to", form.to]] as const) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

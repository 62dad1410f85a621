// What the public JSON API (/api/v1) answers: the reader contract's data in
// stable shapes with absolute URLs. Anything not visible to readers is a 404.
import "server-only";
import { isoDate } from "@/lib/domain/dates";
import { SEARCH_MAX_PAGE, SEARCH_MAX_QUERY, SEARCH_PAGE_SIZE } from "@/lib/domain/reader-search";
import { parseIssueDate, readerUrls } from "@/lib/domain/reader-urls";
import { pageArticles } from "@/lib/domain/snapshot";
import { format, messages } from "@/lib/i18n";
import { ApiRefusal } from "./api-response";
import { absoluteUrl, absolutizeHtml } from "./origin";
import { issueList, issueOn, readerArticle, readerPublications } from "./reader";
import { searchArticles } from "./search";

const api = messages.api;

const SEARCH_LIMIT_MAX = 50;
/** As deep as the reader site's search pages go. */
const SEARCH_OFFSET_MAX = SEARCH_MAX_PAGE * SEARCH_PAGE_SIZE;

export async function publicationsJson(origin: string) {
  const publications = await readerPublications();
  return publications.map(({ slug, name }) => ({
    slug,
    name,
    url: absoluteUrl(origin, readerUrls.publication(slug)),
    feedUrl: absoluteUrl(origin, readerUrls.feed(slug)),
  }));
}

/** 往期, newest first. */
export async function issuesJson(origin: string, slug: string) {
  const issues = await issueList(slug);
  if (!issues) throw new ApiRefusal(404, api.errors.publicationNotFound);
  return issues.map((issue) => ({
    date: isoDate(issue.date),
    number: issue.number,
    totalNumber: issue.totalNumber,
    lunarDate: issue.lunarDate,
    url: absoluteUrl(origin, issue.url),
  }));
}

export async function issueJson(origin: string, slug: string, dateParam: string) {
  const date = parseIssueDate(dateParam);
  if (!date) throw new ApiRefusal(400, api.errors.dateInvalid);
  const found = await issueOn(slug, date);
  if (!found) throw new ApiRefusal(404, api.errors.issueNotFound);
  const { issue, pages } = found.content;
  const url = (path: string) => absoluteUrl(origin, path);
  return {
    date: issue.date,
    number: issue.number,
    totalNumber: issue.totalNumber,
    lunarDate: issue.lunarDate,
    url: url(readerUrls.issue(slug, issue.date)),
    pages: pages.map((page) => ({
      number: page.number,
      name: page.name,
      url: url(readerUrls.page(slug, issue.date, page.number)),
      pdfUrl: url(readerUrls.pagePdf(issue.id, page.number)),
      // A jumped article is listed on its continuation page too, linked where it starts.
      articles: pageArticles(found.content, page.number).map((a) => ({
        id: a.id,
        headline: a.headline,
        url: url(readerUrls.article(slug, issue.date, a.pageNumber, a.id)),
      })),
    })),
  };
}

export async function articleJson(origin: string, articleId: string) {
  // Article ids are cuids: anything else cannot exist, so spare the database.
  if (!/^[\w-]{1,64}$/.test(articleId)) throw new ApiRefusal(404, api.errors.articleNotFound);
  const found = await readerArticle(articleId);
  if (!found) throw new ApiRefusal(404, api.errors.articleNotFound);
  const { article } = found;
  const { publication, issue } = found.issue.content;
  return {
    id: article.id,
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    column: article.column,
    dateline: article.dateline,
    bylines: article.bylines.map(({ name, role }) => ({ name, role })),
    html: absolutizeHtml(article.html, origin),
    page: article.pageNumber,
    url: absoluteUrl(origin, readerUrls.article(publication.slug, issue.date, article.pageNumber, article.id)),
    issue: {
      publication: publication.slug,
      date: issue.date,
      number: issue.number,
      totalNumber: issue.totalNumber,
      url: absoluteUrl(origin, readerUrls.issue(publication.slug, issue.date)),
    },
    corrections: article.corrections.map(({ wrong, corrected, note, correctedOn }) => ({ wrong, corrected, note, correctedOn })),
  };
}

export async function searchJson(origin: string, params: URLSearchParams) {
  const query = parseSearch(params);
  const { results, total, more } = await searchArticles(query);
  return {
    results: results.map((hit) => ({ id: hit.id, headline: hit.headline, snippet: hit.snippet, url: absoluteUrl(origin, hit.url) })),
    total,
    // Matches are counted up to `total`; true when there are more.
    more,
  };
}

/** ?q=&pub=&from=&to=&limit=&offset= → the search, or a refusal saying what is wrong. */
export function parseSearch(params: URLSearchParams) {
  const q = (params.get("q") ?? "").trim();
  if (!q) throw new ApiRefusal(400, api.errors.queryRequired);
  if ([...q].length > SEARCH_MAX_QUERY) throw new ApiRefusal(400, format(api.errors.queryTooLong, { max: SEARCH_MAX_QUERY }));
  const day = (name: string) => {
    const value = params.get(name);
    if (!value) return null;
    const date = parseIssueDate(value);
    if (!date) throw new ApiRefusal(400, api.errors.dateInvalid);
    return date;
  };
  const from = day("from");
  const to = day("to");
  if (from && to && from > to) throw new ApiRefusal(400, api.errors.rangeInvalid);
  const limit = whole(params.get("limit"), 20);
  const offset = whole(params.get("offset"), 0);
  if (limit === null || limit < 1 || limit > SEARCH_LIMIT_MAX || offset === null || offset > SEARCH_OFFSET_MAX) {
    throw new ApiRefusal(400, format(api.errors.paginationInvalid, { limit: SEARCH_LIMIT_MAX, offset: SEARCH_OFFSET_MAX }));
  }
  return { q, pub: params.get("pub") || null, from, to, limit, offset };
}

/** A non-negative integer parameter, its default when absent, null when malformed. */
function whole(value: string | null, fallback: number): number | null {
  if (value === null || value === "") return fallback;
  return /^\d{1,6}$/.test(value) ? Number(value) : null;
}

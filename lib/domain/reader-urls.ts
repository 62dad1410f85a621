// The reader site's URLs: stable and dated, as readers and crawlers expect.
// /{pub}/{YYYY-MM-DD}/{NN}/{article}; page numbers always two digits.
import { isoDate, pageNumberLabel } from "./dates";

type Day = Date | string;
const day = (date: Day) => (typeof date === "string" ? date.slice(0, 10) : isoDate(date));
const seg = encodeURIComponent;

export const readerUrls = {
  publication: (slug: string) => `/${seg(slug)}`,
  issue: (slug: string, date: Day) => `/${seg(slug)}/${day(date)}`,
  page: (slug: string, date: Day, page: number) => `/${seg(slug)}/${day(date)}/${pageNumberLabel(page)}`,
  article: (slug: string, date: Day, page: number, articleId: string) => `/${seg(slug)}/${day(date)}/${pageNumberLabel(page)}/${seg(articleId)}`,
  archive: (slug: string) => `/${seg(slug)}/archive`,
  /** 往期回顾 of one year: /{pub}/archive/2023 */
  archiveYear: (slug: string, year: number) => `/${seg(slug)}/archive/${year}`,
  feed: (slug: string) => `/${seg(slug)}/feed.xml`,
  /** The page as printed, for readers: rendered once per snapshot version and kept. */
  pagePdf: (issueId: string, page: number) => `/pdf/${seg(issueId)}/${pageNumberLabel(page)}.pdf`,
  search: (q: string, filters: { pub?: string; from?: string; to?: string } = {}) => {
    const params = new URLSearchParams({ q });
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    return `/search?${params}`;
  },
};

export { parseIssueDate } from "./dates";

/**
 * "2023" → 2023; a year segment is four digits from 1900 to 2100, nothing else,
 * so that /archive/0099 or /archive/99999 is a 404 without asking the database.
 */
export function parseArchiveYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1900 && year <= 2100 ? year : null;
}

/** "01" → 1; page segments are exactly two digits (01…99), nothing else. */
export function parsePageNumber(value: string): number | null {
  return /^\d{2}$/.test(value) && value !== "00" ? Number(value) : null;
}

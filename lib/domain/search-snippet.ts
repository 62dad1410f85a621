// Search terms and highlighted snippets for the reader site's search. Pure:
// the query runs in PostgreSQL (pg_trgm), the wording of results is decided here.

/** The terms of a query: whitespace-separated, at most 5, each at least one character. */
export function searchTerms(query: string): string[] {
  return [...new Set(query.normalize("NFKC").trim().split(/\s+/u).filter(Boolean))].slice(0, 5);
}

/**
 * A term with no letter that has another case (Chinese, digits, punctuation):
 * plain LIKE finds exactly what ILIKE would, and PostgreSQL runs it 3–4 times
 * faster (ILIKE case-folds every text it scans).
 */
export function isCaseless(term: string): boolean {
  return term.toLowerCase() === term && term.toUpperCase() === term;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Escaped HTML of `text` with every term wrapped in <mark>: safe to render as
 * it is, since everything outside the marks is escaped here.
 */
export function highlight(text: string, terms: readonly string[]): string {
  if (terms.length === 0) return escapeHtml(text);
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join("|")})`, "giu");
  return text
    .split(pattern)
    .map((part, index) => (index % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join("");
}

/** About `width` characters of `text` around the first term found, highlighted, with … where cut. */
export function snippet(text: string, terms: readonly string[], width = 90): string {
  const chars = [...text.replace(/\s+/gu, " ").trim()];
  const flat = chars.join("");
  const lower = flat.toLowerCase();
  const at = terms.map((term) => lower.indexOf(term.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  const centre = at === undefined ? 0 : [...flat.slice(0, at)].length;
  const start = Math.max(0, Math.min(centre - Math.floor(width / 3), chars.length - width));
  const end = Math.min(chars.length, start + width);
  const piece = chars.slice(start, end).join("");
  return `${start > 0 ? "…" : ""}${highlight(piece, terms)}${end < chars.length ? "…" : ""}`;
}

/**
 * The distinct character pairs of a term, lower-cased: what the database's
 * `folio_bigrams` index holds for every published article. An article that
 * contains the term contains all of them; a two-character term is matched by
 * its one pair exactly. A one-character term has none (no index serves it).
 */
export function termBigrams(term: string): string[] {
  const chars = [...term.toLowerCase()];
  return [...new Set(chars.slice(1).map((char, i) => chars[i] + char))];
}

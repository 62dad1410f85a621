// A small Atom 1.0 (RFC 4287) writer. Hand-written rather than the `feed`
// package: Atom needs a dozen elements, and feed@6 writes through xml-js,
// which replaces only the first "]]>" in a CDATA section and passes through
// control characters that XML 1.0 forbids (a Word paste can carry them), so
// the input would need cleaning anyway. Here one function escapes every text
// and attribute, and content is escaped HTML (type="html"), never CDATA.

export interface AtomEntry {
  /** A permanent IRI: the article's absolute URL. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  published?: Date;
  authors: string[];
  summary?: string | null;
  categories?: string[];
  /** HTML, written escaped. */
  html: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Where the feed itself lives (rel="self"), and the site it is of (rel="alternate"). */
  selfUrl: string;
  siteUrl: string;
  /** Stands in for entries without a byline: Atom requires an author for each. */
  author: string;
  language: string;
  generator?: string;
  updated: Date;
  entries: AtomEntry[];
}

// Characters XML 1.0 does not allow at all, escaped or not (lone surrogates included).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe in XML content and in attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** RFC 3339, in UTC. */
const stamp = (date: Date) => date.toISOString();

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const link = (href: string, rel: string, type?: string) => `<link rel="${rel}"${type ? ` type="${type}"` : ""} href="${escapeXml(href)}"/>`;
const person = (kind: "author", name: string) => `<${kind}>${element("name", name)}</${kind}>`;

function entryXml(entry: AtomEntry): string {
  return [
    "<entry>",
    element("id", entry.id),
    element("title", entry.title, ' type="text"'),
    link(entry.url, "alternate", "text/html"),
    element("updated", stamp(entry.updated)),
    entry.published ? element("published", stamp(entry.published)) : "",
    ...entry.authors.map((name) => person("author", name)),
    ...(entry.categories ?? []).map((term) => `<category term="${escapeXml(term)}"/>`),
    entry.summary ? element("summary", entry.summary, ' type="text"') : "",
    element("content", entry.html, ' type="html"'),
    "</entry>",
  ]
    .filter(Boolean)
    .join("\n");
}

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    element("id", feed.id),
    element("title", feed.title, ' type="text"'),
    feed.subtitle ? element("subtitle", feed.subtitle, ' type="text"') : "",
    link(feed.selfUrl, "self", "application/atom+xml"),
    link(feed.siteUrl, "alternate", "text/html"),
    element("updated", stamp(feed.updated)),
    person("author", feed.author),
    feed.generator ? element("generator", feed.generator) : "",
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ]
    .filter((line, index, lines) => line !== "" || index === lines.length - 1)
    .join("\n");
}

// What the reader site tells search engines and sharing cards about a page:
// descriptions, and an article's schema.org NewsArticle (JSON-LD). Pure: the
// views pass in absolute URLs and the words, this decides the shape.
import type { SnapshotArticle, SnapshotContent } from "./snapshot";

/** `text` on one line, cut to about `max` characters (code points) with an ellipsis. */
export function excerpt(text: string, max = 110): string {
  const flat = [...text.replace(/\s+/gu, " ").trim()];
  return flat.length <= max ? flat.join("") : `${flat.slice(0, max - 1).join("").trimEnd()}…`;
}

/** A headline printed in halves (`助力招商引资项目 加速落地投产`), as its halves. */
export function headlineParts(headline: string): string[] {
  return headline.trim().split(/\s+/u).filter(Boolean);
}

/** The headline as one line of text, for titles and cards: the halves joined by a space. */
export function plainHeadline(headline: string): string {
  return headlineParts(headline).join(" ");
}

/** A calendar day at midnight Beijing time, the moment an issue dated that day is out. */
export function beijingMidnight(isoDay: string): string {
  return `${isoDay}T00:00:00+08:00`;
}

/** The article's last change readers can see: its latest correction, else the issue's day. */
export function lastModifiedDay(article: Pick<SnapshotArticle, "corrections">, issueDate: string): string {
  return article.corrections.map((c) => c.correctedOn).reduce((latest, day) => (day > latest ? day : latest), issueDate);
}

export interface NewsArticleInput {
  article: Pick<SnapshotArticle, "headline" | "subheadline" | "bylines" | "text" | "corrections" | "pageNumber">;
  issue: SnapshotContent["issue"];
  publication: { name: string; url: string };
  /** 要闻 */
  pageName: string;
  /** 01 */
  pageLabel: string;
  /** 第10期（总第255期）, as the paper words it. */
  edition: string;
  /** Absolute URLs. */
  url: string;
  imageUrl: string | null;
  description: string;
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const { article, issue, publication } = input;
  const published = beijingMidnight(issue.date);
  const authors = uniqueNames(article.bylines.map((b) => b.name));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: excerpt(plainHeadline(article.headline), 110),
    ...(article.subheadline ? { alternativeHeadline: article.subheadline } : {}),
    description: input.description,
    inLanguage: "zh-CN",
    datePublished: published,
    dateModified: beijingMidnight(lastModifiedDay(article, issue.date)),
    ...(authors.length > 0 ? { author: authors.map((name) => ({ "@type": "Person", name })) } : {}),
    publisher: { "@type": "Organization", name: publication.name, url: publication.url },
    ...(input.imageUrl ? { image: [input.imageUrl] } : {}),
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    url: input.url,
    articleSection: input.pageName,
    printEdition: input.edition,
    printPage: input.pageLabel,
    printSection: input.pageName,
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so that no
 * text (a headline with `</script>`) can end the element, and the line and
 * paragraph separators that old parsers choke on are escaped too.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function uniqueNames(names: string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

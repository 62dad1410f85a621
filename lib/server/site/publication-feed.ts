// A publication's Atom feed: the articles of its latest visible issues, newest
// issue first and each issue in reading order, with the text readers see.
import "server-only";
import { readerUrls } from "@/lib/domain/reader-urls";
import { beijingMidnight, plainHeadline } from "@/lib/domain/reader-seo";
import { readingOrder, type SnapshotArticle } from "@/lib/domain/snapshot";
import { format, locale } from "@/lib/i18n";
import { messages } from "@/lib/i18n";
import { atomXml, type AtomEntry } from "./atom";
import { absoluteUrl, absolutizeHtml } from "./origin";
import { issueList, issueOn, publicationBySlug, type ReaderIssue } from "./reader";

const api = messages.api;

export const FEED_ISSUES = 10;

/** The feed's XML, or null for an unknown publication. */
export async function publicationFeed(origin: string, slug: string): Promise<string | null> {
  const [publication, listing] = await Promise.all([publicationBySlug(slug), issueList(slug)]);
  if (!publication || !listing) return null;
  const issues = (await Promise.all(listing.slice(0, FEED_ISSUES).map((issue) => issueOn(slug, issue.date)))).filter(
    (issue): issue is ReaderIssue => issue !== null,
  );
  const entries = issues.flatMap((issue) => readingOrder(issue.content).map((article) => entryOf(origin, slug, issue, article)));
  const newest = entries.reduce<Date | null>((max, entry) => (!max || entry.updated > max ? entry.updated : max), null);
  return atomXml({
    id: absoluteUrl(origin, readerUrls.publication(slug)),
    title: format(api.feed.title, { name: publication.name }),
    subtitle: format(api.feed.subtitle, { name: publication.name }),
    selfUrl: absoluteUrl(origin, readerUrls.feed(slug)),
    siteUrl: absoluteUrl(origin, readerUrls.publication(slug)),
    author: publication.name,
    language: locale,
    generator: "Folio",
    // An empty feed still needs a date; the day keeps its body (and ETag) stable.
    updated: newest ?? new Date(new Date().toISOString().slice(0, 10)),
    entries,
  });
}

function entryOf(origin: string, slug: string, issue: ReaderIssue, article: SnapshotArticle): AtomEntry {
  const url = absoluteUrl(origin, readerUrls.article(slug, issue.content.issue.date, article.pageNumber, article.id));
  // A correction (更正) updates the entry; its date is a day in Beijing.
  const corrected = article.corrections.map((c) => new Date(beijingMidnight(c.correctedOn)));
  const updated = [issue.publishedAt, ...corrected].reduce((max, date) => (date > max ? date : max));
  return {
    id: url,
    title: plainHeadline(article.headline),
    url,
    updated,
    published: issue.publishedAt,
    authors: article.bylines.map((byline) => byline.name),
    summary: article.subheadline,
    categories: article.column ? [article.column] : [],
    html: absolutizeHtml(article.html, origin),
  };
}

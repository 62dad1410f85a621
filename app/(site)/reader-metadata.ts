// <head> of the reader's views: titles, descriptions, canonical addresses,
// sharing cards (OpenGraph, Twitter) and the feed. Relative URLs resolve
// against metadataBase, which the site layout sets from SITE_URL.
import type { Metadata } from "next";
import { calendarDay } from "@/lib/domain/corrections";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { excerpt, lastModifiedDay, beijingMidnight, plainHeadline } from "@/lib/domain/reader-seo";
import { readerUrls } from "@/lib/domain/reader-urls";
import { pageArticles, type SnapshotArticle, type SnapshotContent, type SnapshotPage, type ArticleContext } from "@/lib/domain/snapshot";
import { format, messages } from "@/lib/i18n";

const reader = messages.reader;

export function siteName(paper: string): string {
  return format(reader.site.name, { name: paper });
}

function feed(content: Pick<SnapshotContent, "publication">): Metadata["alternates"] {
  return { types: { "application/atom+xml": [{ url: readerUrls.feed(content.publication.slug), title: siteName(content.publication.name) }] } };
}

/** A page of an issue (the issue's front, the latest issue): `canonical` is the address it is known by. */
export function pageMetadata(content: SnapshotContent, page: SnapshotPage, canonical: string, kind: "latest" | "issue" | "page"): Metadata {
  const paper = content.publication.name;
  const { issue } = content;
  const date = formatChineseDate(calendarDay(issue.date));
  const label = pageNumberLabel(page.number);
  const title =
    kind === "latest"
      ? format(reader.page.latestTitle, { site: siteName(paper), number: issue.number, date })
      : kind === "issue"
        ? format(reader.page.issueTitle, { paper, number: issue.number, date })
        : format(reader.page.title, { page: label, name: page.name, paper, number: issue.number });
  const headlines = pageArticles(content, page.number).map((a) => plainHeadline(a.headline));
  const description = excerpt(
    format(reader.page.description, { paper, date, number: issue.number, total: issue.totalNumber, page: label, name: page.name, headlines: headlines.join(reader.page.headlineSeparator) }),
    150,
  );
  return {
    title: { absolute: title },
    description,
    alternates: { canonical, ...feed(content) },
    openGraph: { type: "website", title, description, url: canonical, siteName: siteName(paper), locale: "zh_CN" },
    twitter: { card: "summary", title, description },
  };
}

/**
 * 往期回顾: the front (no `year`), which shows the newest year but is known by
 * its own address, or one year's page, known by the year's.
 */
export function archiveMetadata(publication: { slug: string; name: string }, year?: { year: number; issueCount: number }): Metadata {
  const paper = publication.name;
  const title = year ? format(reader.archive.yearMetaTitle, { year: year.year, paper }) : format(reader.archive.metaTitle, { paper });
  const description = year
    ? format(reader.archive.yearDescription, { paper, year: year.year, count: year.issueCount })
    : format(reader.archive.description, { paper });
  const canonical = year ? readerUrls.archiveYear(publication.slug, year.year) : readerUrls.archive(publication.slug);
  return { title: { absolute: title }, description, alternates: { canonical }, openGraph: { type: "website", title, description, url: canonical, locale: "zh_CN" } };
}

export function articleMetadata(content: ArticleContext, article: SnapshotArticle): Metadata {
  const paper = content.publication.name;
  const { issue } = content;
  const headline = plainHeadline(article.headline);
  const title = format(reader.article.title, { headline, paper, number: issue.number });
  const description = articleDescription(article);
  const canonical = readerUrls.article(content.publication.slug, issue.date, article.pageNumber, article.id);
  const page = content.pages.find((p) => p.number === article.pageNumber);
  const images = article.image ? [{ url: article.image, alt: headline }] : undefined;
  return {
    title: { absolute: title },
    description,
    authors: article.bylines.map((b) => ({ name: b.name })),
    alternates: { canonical, ...feed(content) },
    openGraph: {
      type: "article",
      title: headline,
      description,
      url: canonical,
      siteName: siteName(paper),
      locale: "zh_CN",
      publishedTime: beijingMidnight(issue.date),
      modifiedTime: beijingMidnight(lastModifiedDay(article, issue.date)),
      authors: article.bylines.map((b) => b.name),
      section: page?.name,
      images,
    },
    twitter: { card: images ? "summary_large_image" : "summary", title: headline, description, images: images?.map((i) => i.url) },
  };
}

export function articleDescription(article: SnapshotArticle): string {
  return excerpt(article.text, 100);
}

// /{pub}/{YYYY-MM-DD}/{NN}/{article}: an article as published. The address
// names the page it starts on; its continuation's page redirects there.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { route } from "@/components/site/links";
import { paperReference } from "@/lib/domain/corrections";
import { pageNumberLabel } from "@/lib/domain/dates";
import { jsonLdText, newsArticleJsonLd } from "@/lib/domain/reader-seo";
import { parsePageNumber, readerUrls } from "@/lib/domain/reader-urls";
import { format, messages } from "@/lib/i18n";
import { absolute, getArticle, getPublication } from "../../../../reader-data";
import { articleDescription, articleMetadata } from "../../../../reader-metadata";

const reader = messages.reader;

export const revalidate = 60;

// Nothing is built ahead (the build has no database): each page is rendered on
// its first request, then cached (ISR) until it expires or a publish, withdraw
// or correction revalidates the site.
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[pub]/[date]/[page]/[article]">["params"];

/** The article the address names, or null; a redirect when it names another of its pages. */
async function load(params: Params) {
  const { pub, date, page, article: articleId } = await params;
  const pageNumber = parsePageNumber(page);
  const found = pageNumber === null ? null : await getArticle(safeDecode(articleId));
  if (!found || pageNumber === null) return null;
  const { content } = found.issue;
  if (content.publication.slug !== pub || content.issue.date !== date) return null;
  if (found.article.pageNumber !== pageNumber) {
    const onPage = content.pages.some((p) => p.number === pageNumber && p.articleIds.includes(found.article.id));
    if (!onPage) return null;
    permanentRedirect(route(readerUrls.article(pub, date, found.article.pageNumber, found.article.id)));
  }
  return { content, article: found.article };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await load(params);
  return found ? articleMetadata(found.content, found.article) : {};
}

export default async function ArticlePage({ params }: { params: Params }) {
  const found = await load(params);
  if (!found) notFound();
  const { content, article } = found;
  const { publication, issue } = content;
  const live = await getPublication(publication.slug);
  const paper = paperReference({ name: publication.name, internalCirculation: live?.internalCirculation ?? true });
  const url = absolute(readerUrls.article(publication.slug, issue.date, article.pageNumber, article.id));
  const page = content.pages.find((p) => p.number === article.pageNumber);
  const jsonLd = newsArticleJsonLd({
    article,
    issue,
    publication: { name: publication.name, url: absolute(readerUrls.publication(publication.slug)) },
    pageName: page?.name ?? "",
    pageLabel: pageNumberLabel(article.pageNumber),
    edition: format(reader.issue.edition, { number: issue.number, total: issue.totalNumber }),
    url,
    imageUrl: article.image ? absolute(article.image) : null,
    description: articleDescription(article),
  });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <ArticleView content={content} article={article} paper={paper} canonicalUrl={url} />
    </>
  );
}

// An article as readers see it: its headings, the body in the paper's type,
// the byline as printed, any 更正, where it was printed, and the articles
// before and after it in the issue's reading order. Server-rendered, no script.
import { ReaderLink as Link } from "./reader-link";
import { calendarDay, type PaperReference } from "@/lib/domain/corrections";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { readerBodyHtml } from "@/lib/domain/reader-article";
import { readerUrls } from "@/lib/domain/reader-urls";
import { neighbours, type ArticleContext, type SnapshotArticle } from "@/lib/domain/snapshot";
import { format, messages } from "@/lib/i18n";
import { Headline } from "./headline";
import { route } from "./links";
import { ReaderCorrectionNote } from "./reader-correction-note";
import "@/components/editor/article-body.css";

const reader = messages.reader;

type Props = {
  content: ArticleContext;
  article: SnapshotArticle;
  paper: PaperReference;
  /** The article's address, printed under a paper copy. */
  canonicalUrl: string;
};

const t = reader.article;

export function ArticleView({ content, article, paper, canonicalUrl }: Props) {
  const { slug } = content.publication;
  const { issue } = content;
  const page = content.pages.find((p) => p.number === article.pageNumber);
  const pageHref = readerUrls.page(slug, issue.date, article.pageNumber);
  const pageLabel = pageNumberLabel(article.pageNumber);
  const { previous, next } = neighbours(content, article.id);
  const articleHref = (a: Pick<SnapshotArticle, "id" | "pageNumber">) => readerUrls.article(slug, issue.date, a.pageNumber, a.id);

  return (
    <article className="reader-article mx-auto max-w-[42rem] px-4 py-6 sm:py-10" data-testid="article" aria-labelledby="article-headline">
      <p className="text-sm leading-6 text-stone-700" data-testid="article-printed-in">
        {t.printedIn}
        <Link href={route(pageHref)} className="ml-1 inline-block py-2 text-brand-700 underline underline-offset-4 hover:text-brand-800">
          <time dateTime={issue.date}>
            {format(t.printedWhere, { paper: content.publication.name, date: formatChineseDate(calendarDay(issue.date)), number: issue.number, page: pageLabel, name: page?.name ?? "" })}
          </time>
        </Link>
      </p>

      <header className="mt-4 text-center">
        {article.column && (
          <p className="mb-3">
            <span className="inline-block bg-brand-600 px-2 py-0.5 text-sm font-bold tracking-widest text-white">{article.column}</span>
          </p>
        )}
        {article.kicker && <p className="font-serif text-lg leading-7 text-stone-800">{article.kicker}</p>}
        <h1 id="article-headline" className="mt-1 font-serif text-[1.75rem] leading-snug font-bold text-stone-950 [text-wrap:balance] sm:text-4xl sm:leading-tight">
          <Headline text={article.headline} />
        </h1>
        {article.subheadline && <p className="mt-2 font-serif text-lg leading-7 text-stone-800">{article.subheadline}</p>}
      </header>

      <ReaderCorrectionNote
        corrections={article.corrections}
        printed={{ paper, number: issue.number, totalNumber: issue.totalNumber, pageNumber: article.pageNumber, headline: article.headline }}
      />

      <div
        className="article-body mt-6"
        data-testid="article-body"
        dangerouslySetInnerHTML={{ __html: readerBodyHtml(article.html, { dateline: article.dateline, separator: messages.proof.separator }) }}
      />
      {article.bylineLine && (
        <p className="mt-3 text-right font-serif text-[1.0625rem] text-stone-800" data-testid="article-byline">
          {article.bylineLine}
        </p>
      )}
      {article.continuedOn.length > 0 && (
        <p className="mt-4 text-sm text-stone-700">
          {format(t.continued, { pages: article.continuedOn.map(pageNumberLabel).join(t.pageList) })}
        </p>
      )}
      <p className="reader-print-only mt-6 text-sm break-all">{canonicalUrl}</p>

      <nav aria-label={t.navigation} className="reader-no-print mt-10 border-t border-stone-300 pt-6" data-testid="article-pager">
        <ul className="grid gap-3 sm:grid-cols-2">
          <li>{previous && <PagerLink label={t.previous} rel="prev" href={articleHref(previous)} headline={previous.headline} />}</li>
          <li>{next && <PagerLink label={t.next} rel="next" href={articleHref(next)} headline={next.headline} className="sm:text-right" />}</li>
        </ul>
        <p className="mt-4 text-center">
          <Link href={route(pageHref)} className="reader-link-block text-brand-700 underline underline-offset-4">
            {format(t.backToPage, { page: pageLabel })}
          </Link>
        </p>
      </nav>
    </article>
  );
}

/** 上一篇 / 下一篇: the neighbour in the issue's reading order. */
function PagerLink({ label, rel, href, headline, className = "" }: { label: string; rel: "prev" | "next"; href: string; headline: string; className?: string }) {
  return (
    <Link href={route(href)} rel={rel} className={`reader-card ${className}`.trim()}>
      <span className="block text-sm text-stone-700">{label}</span>
      <span className="block font-serif leading-snug font-bold text-stone-900">
        <Headline text={headline} />
      </span>
    </Link>
  );
}

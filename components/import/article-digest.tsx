// The articles of a settled batch (imported or undone), read-only.
import type { ImportDraft } from "@/lib/domain/import/draft";
import { format, messages } from "@/lib/i18n";

const importUi = messages.importUi;

const t = importUi.imported;

export function ArticleDigest({ articles }: { articles: ImportDraft["articles"] }) {
  return (
    <section aria-labelledby="import-digest" className="space-y-3">
      <h2 id="import-digest" className="text-sm font-semibold tracking-wide text-stone-500">{format(t.articlesTitle, { count: articles.length })}</h2>
      <ol data-testid="import-digest" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {articles.map((article, index) => (
          <li key={index} className="px-4 py-3">
            {article.kicker && <p className="text-xs text-stone-500">{article.kicker}</p>}
            <p className="font-serif text-base font-bold text-stone-900">
              {article.column && <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 align-middle font-sans text-xs font-medium text-stone-600">{article.column}</span>}
              {article.headline || importUi.article.untitled}
            </p>
            {article.subheadline && <p className="text-sm text-stone-600">{article.subheadline}</p>}
            <p className="mt-1 text-xs text-stone-500">
              {[
                ...article.bylines.map((byline) => (byline.role ? `${messages.articles.bylineRoles[byline.role]} ${byline.name}` : byline.name)),
                format(t.paragraphs, { count: article.paragraphs.length }),
              ].join(" · ")}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

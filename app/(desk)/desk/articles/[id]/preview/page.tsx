// The article as it will read: rendered on the server from the stored JSON
// through the shared extension list and the allowlist (lib/richtext/render).
import Link from "next/link";
import { notFound } from "next/navigation";
import type { JSONContent } from "@tiptap/core";
import { CorrectionNote } from "@/components/corrections/correction-note";
import { AppError } from "@/lib/domain/errors";
import { messages } from "@/lib/i18n";
import { renderArticleHtml } from "@/lib/richtext/render";
import { getArticleForDesk } from "@/lib/server/articles/get-article";
import { requireSessionUser } from "@/lib/server/auth/session";
import { correctionsForArticle } from "@/lib/server/corrections/corrections";
import "@/components/editor/article-body.css";

const t = messages.editor;
const roleNames = messages.articles.bylineRoles;

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSessionUser(`/desk/articles/${id}/preview`);
  const loaded = await getArticleForDesk(user, id).catch((error) => {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  });
  const { article } = loaded;
  const corrections = await correctionsForArticle(id);
  const html = renderArticleHtml(article.body as JSONContent, "staff");
  const credits = article.bylines.map((b) => (b.role === "author" ? b.contributor.name : `${roleNames[b.role]} ${b.contributor.name}`)).join(" ");

  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex items-center justify-between text-sm">
        <Link href={`/desk/articles/${id}`} className="text-stone-600 hover:text-brand-700">← {t.links.backToEditor}</Link>
        <span className="text-stone-400">{t.preview.note}</span>
      </div>
      <article className="rounded-lg border border-stone-200 bg-paper px-5 py-8 shadow-sm sm:px-10">
        {article.column && <p className="mb-3 inline-block bg-brand-600 px-2 py-0.5 text-sm font-bold text-white">{article.column}</p>}
        <header className="text-center">
          {article.kicker && <p className="text-base text-stone-700">{article.kicker}</p>}
          <h1 className="mt-1 font-serif text-3xl font-black leading-snug text-stone-900">{article.headline || messages.articles.untitled}</h1>
          {article.subheadline && <p className="mt-2 text-lg text-stone-700">{article.subheadline}</p>}
        </header>
        {article.dateline && <p className="mt-6 font-bold">{article.dateline}</p>}
        <div data-testid="rendered-body" className="article-body mt-2" dangerouslySetInnerHTML={{ __html: html }} />
        {credits && <p className="mt-4 text-right text-stone-700">（{credits}）</p>}
        <CorrectionNote corrections={corrections} />
      </article>
    </div>
  );
}

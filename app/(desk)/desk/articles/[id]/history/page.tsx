import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { articleHref, articleHistoryHref } from "@/components/desk/hrefs";
import { RevisionList } from "@/components/desk/revision-list";
import { RevisionDiff } from "@/components/desk/revision-diff";
import { mayEdit } from "@/lib/domain/article-workflow";
import { AppError } from "@/lib/domain/errors";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { compareRevisions, listRevisions } from "@/lib/server/articles/revisions";

const t = messages.lists.history;

export const metadata: Metadata = { title: t.title };

type Params = { id: string };
type Search = { from?: string | string[]; to?: string | string[] };

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  }
}

export default async function ArticleHistoryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const user = await requireSessionUser(articleHistoryHref(id));
  const { article, revisions } = await orNotFound(listRevisions(user, id));

  // Revisions are newest first; the pair compared is shown old → new whatever order was picked.
  const query = await searchParams;
  const position = (value: string | string[] | undefined, fallback: number) => {
    const index = revisions.findIndex((r) => r.id === value);
    return index >= 0 ? index : fallback;
  };
  const picked = [position(query.from, 1), position(query.to, 0)];
  const [newer, older] = [Math.min(...picked), Math.max(...picked)];
  const from = revisions[older];
  const to = revisions[newer];
  const comparison = from && to && from.id !== to.id ? await orNotFound(compareRevisions(user, id, from.id, to.id)) : null;

  const editable = mayEdit(user, { status: article.status, authorId: article.createdById, decisions: [] }).ok;
  const currentId = revisions.find((r) => r.kind !== "conflict" && r.version === article.version)?.id;
  const versionName = (version: number) => format(t.version, { version });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={articleHref(id)} className="inline-flex items-center gap-1 text-sm text-stone-600 hover:text-brand-700">
          <span aria-hidden>←</span> {t.backToArticle}
        </Link>
        <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">
          {t.title}
          <span className="mt-1 block text-lg font-semibold text-stone-700 sm:text-xl">
            {article.headline.trim() ? `《${article.headline.trim()}》` : messages.lists.untitled}
          </span>
        </h1>
        <p className="text-sm text-stone-500">{t.intro}</p>
      </header>

      {revisions.length > 0 && (
        <RevisionList
        articleId={id}
        revisions={revisions}
        fromId={from?.id}
        toId={to?.id}
        currentId={currentId}
        restorable={editable}
        articleVersion={article.version}
        />
      )}

      <section aria-labelledby="diff" className="rounded-lg border border-stone-200 bg-white shadow-sm">
        {comparison && from && to ? (
          <>
            <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-stone-100 px-4 py-3 sm:px-6">
              <h2 id="diff" className="font-semibold text-stone-900">
                {format(t.diffTitle, { from: versionName(from.version), to: versionName(to.version) })}
              </h2>
              <p className="text-sm text-stone-600" data-testid="diff-stats">
                {format(t.stats, { added: comparison.stats.added, removed: comparison.stats.removed })}
              </p>
            </header>
            <div className="px-4 py-4 sm:px-6">
              {comparison.stats.added + comparison.stats.removed === 0 ? (
                <p className="text-sm text-stone-500">{t.noChanges}</p>
              ) : (
                <>
                  <p className="mb-3 flex gap-4 text-xs text-stone-500">
                    <ins className="bg-green-50 text-green-800 underline decoration-green-600 decoration-2 underline-offset-4">{t.legend.added}</ins>
                    <del className="bg-red-50 text-red-700">{t.legend.removed}</del>
                  </p>
                  <RevisionDiff parts={comparison.parts} />
                </>
              )}
            </div>
          </>
        ) : (
          <p id="diff" className="px-4 py-6 text-sm text-stone-500 sm:px-6">
            {revisions.length === 0 ? t.none : revisions.length === 1 ? t.onlyOne : t.sameRevision}
          </p>
        )}
      </section>
    </div>
  );
}

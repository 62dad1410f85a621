import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { JSONContent } from "@tiptap/core";
import { CorrectionPanel } from "@/components/corrections/correction-panel";
import { toCorrectionView } from "@/components/corrections/correction-note";
import { ArticleWorkspace } from "@/components/editor/article-workspace";
import { shanghaiToday } from "@/lib/domain/corrections";
import { isoDate } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n";
import { getArticleForDesk } from "@/lib/server/articles/get-article";
import { requireSessionUser } from "@/lib/server/auth/session";
import { listComments, mentionableUsers } from "@/lib/server/comments/comments";
import { correctionsForArticle, printedPlaceOf } from "@/lib/server/corrections/corrections";
import { markArticleNotificationsRead } from "@/lib/server/notifications/notifications";

type Params = { params: Promise<{ id: string }> };

/** Once per request: the metadata and the page both need it. */
const load = cache(async (id: string) => {
  const user = await requireSessionUser(`/desk/articles/${id}`);
  try {
    return { user, ...(await getArticleForDesk(user, id)) };
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { article } = await load((await params).id);
  return { title: article.headline || messages.articles.untitled };
}

export default async function ArticlePage({ params }: Params) {
  const { id } = await params;
  const { user, article, abilities } = await load(id);
  const [threads, people, printed, corrections] = await Promise.all([
    listComments(user, id),
    mentionableUsers(),
    printedPlaceOf(id),
    correctionsForArticle(id),
    markArticleNotificationsRead(user, id),
  ]);
  const orEmpty = (value: string | null) => value ?? "";

  return (
    <div className="space-y-6">
      <ArticleWorkspace
        key={article.id}
        article={{
          id: article.id,
          version: article.version,
          status: article.status,
          publicationName: article.publication.name,
          internalCirculation: article.publication.internalCirculation,
          fields: {
            kicker: orEmpty(article.kicker), headline: article.headline, subheadline: orEmpty(article.subheadline),
            column: orEmpty(article.column), dateline: orEmpty(article.dateline),
          },
          body: article.body as JSONContent,
          bylines: article.bylines.map((b) => ({ contributorId: b.contributorId, role: b.role, name: b.contributor.name, kind: b.contributor.kind })),
        }}
        editable={abilities.edit.ok}
        readOnlyReason={abilities.edit.ok ? null : messages.refusals[abilities.edit.refusal]}
        canSubmit={abilities.submit}
        canUpload={can(user.roles, "media.upload")}
        reviewLevel={abilities.reviewLevel}
        reviewRefusal={abilities.reviewRefusal ? messages.refusals[abilities.reviewRefusal] : null}
        decisions={article.reviewDecisions.map((d) => ({
          id: d.id, level: d.level, outcome: d.outcome, opinion: d.opinion, reviewerName: d.reviewer.name, createdAt: d.createdAt.toISOString(),
        }))}
        threads={threads.map((th) => ({
          id: th.id, authorName: th.author.name, body: th.body, createdAt: th.createdAt.toISOString(), quote: th.quote, resolved: th.resolvedAt !== null,
          replies: th.replies.map((r) => ({ id: r.id, authorName: r.author.name, body: r.body, createdAt: r.createdAt.toISOString() })),
        }))}
        people={people.filter((p) => p.id !== user.id)}
      />
      <CorrectionPanel
        key={`corrections-${article.id}`}
        articleId={article.id}
        printed={printed && { paper: printed.paper, number: printed.number, totalNumber: printed.totalNumber, pageNumber: printed.pageNumber, date: isoDate(printed.date) }}
        corrections={corrections.map(toCorrectionView)}
        canCorrect={can(user.roles, "article.correct")}
        today={isoDate(shanghaiToday())}
      />
    </div>
  );
}

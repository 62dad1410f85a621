import type { Metadata, Route } from "next";
import { articleListHref } from "@/components/desk/hrefs";
import { RoleBadge } from "@/components/desk/role-badge";
import { SectionCard } from "@/components/desk/section-card";
import { WorkList } from "@/components/desk/work-list";
import { ARTICLE_STATUSES, pendingLevel } from "@/lib/domain/article-workflow";
import { can } from "@/lib/domain/permissions";
import { sectionsFor, type SectionKey } from "@/lib/domain/sections";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { workLists } from "@/lib/server/articles/list-articles";
import { myPages } from "@/lib/server/composition/issues";
import { MyPages } from "@/components/issues/my-pages";

export const metadata: Metadata = { title: messages.desk.title };

const t = messages.lists.home;

/** The sections that are open so far, and where they lead. */
const SECTION_LINKS: Partial<Record<SectionKey, Route>> = {
  articles: "/desk/articles",
  review: "/desk/articles?status=submitted",
  issues: "/desk/issues",
  media: "/desk/media" as Route,
};

/** The statuses waiting for a review level this user holds. */
function reviewStatuses(user: SessionUser) {
  return ARTICLE_STATUSES.filter((status) => {
    const level = pendingLevel(status);
    return level !== null && can(user.roles, `review.${level}`);
  });
}

export default async function DeskHome() {
  const user = await requireSessionUser();
  const sections = sectionsFor(user.roles);
  const writes = can(user.roles, "article.create");
  const reviewing = reviewStatuses(user);
  const [lists, pages] = await Promise.all([workLists(user), myPages(user)]);

  const mine = [
    writes && { id: "returned", title: t.returned, articles: lists.returned, empty: t.empty.returned, hideAuthor: true, seeAll: articleListHref({ status: "returned", author: user.id }) },
    reviewing.length > 0 && {
      id: "awaiting-review",
      title: t.awaitingReview,
      articles: lists.awaitingReview,
      empty: t.empty.awaitingReview,
      // One level is one filter; several levels have none that says "mine".
      seeAll: reviewing.length === 1 ? articleListHref({ status: reviewing[0] }) : undefined,
      showLevel: reviewing.length > 1,
    },
    writes && { id: "drafts", title: t.drafts, articles: lists.drafts, empty: t.empty.drafts, hideAuthor: true, seeAll: articleListHref({ status: "draft", author: user.id }) },
  ].filter((list) => list !== false);
  // What waits for this user comes first; empty lists follow the recent releases.
  const ordered = [
    ...mine.filter((list) => list.articles.length > 0),
    { id: "released", title: t.released, articles: lists.released, empty: t.empty.released, seeAll: articleListHref({ status: "released" }), byRelease: true },
    ...mine.filter((list) => list.articles.length === 0),
  ];

  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-semibold text-stone-900 sm:text-3xl">
          {format(messages.desk.greeting, { name: user.name })}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <span>{messages.desk.yourRoles}：</span>
          {user.roles.map((role) => (
            <RoleBadge key={role} role={role} />
          ))}
        </div>
      </header>

      {/* Nothing to show someone who neither writes, reviews nor sees released copy (管理员). */}
      {(mine.length > 0 || lists.released.length > 0) && (
        <section aria-labelledby="work">
          <h2 id="work" className="text-sm font-semibold tracking-wide text-stone-500">
            {t.workTitle}
          </h2>
          <div className="mt-4 grid items-start gap-4 md:grid-cols-2">
            {ordered.map(({ id, ...list }) => (
              <WorkList key={id} id={`work-${id}`} {...list} />
            ))}
          </div>
        </section>
      )}

      {pages.length > 0 && <MyPages pages={pages} />}

      <section aria-labelledby="sections">
        <h2 id="sections" className="text-sm font-semibold tracking-wide text-stone-500">
          {messages.desk.yourSections}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {sections.map((key) => (
            <li key={key}>
              <SectionCard section={key} href={SECTION_LINKS[key]} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

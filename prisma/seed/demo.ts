// Demo data: 《伊滨新闻》 with one published issue of real articles from
// ../shared/samples, articles in every stage of 三审, and one account per role.
import type { Db } from "@/lib/db/client";
import { countCharacters } from "@/lib/domain/char-count";
import { suggestColumnStart } from "@/lib/domain/composition-rules";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/domain/demo-accounts";
import type { Role } from "@/lib/domain/roles";
import { hashPassword } from "@/lib/server/auth/password";
import { demoArticles, demoIssue, demoPublication, type DemoArticle, type DemoBlock } from "./demo-content";
import { seedCorrection, seedProofHistory, seedProofingIssue } from "./demo-proofing";
import { seedPendingImport } from "./demo-import";

/** Seeds the demo unless a demo publication is already there. Returns whether it seeded. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await db.publication.findUnique({ where: { slug: demoPublication.slug } })) return false;

  const users = await seedUsers(db);
  const byRole = (role: Role) => users.get(role)!;
  const publication = await db.publication.create({ data: { ...demoPublication, isDefault: true } });

  const issueDate = new Date(`${demoIssue.date}T00:00:00Z`);
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id,
      date: issueDate,
      year: issueDate.getUTCFullYear(),
      number: demoIssue.number,
      totalNumber: demoIssue.totalNumber,
      status: "published",
      lockedAt: new Date(),
      publishedAt: new Date(),
      createdById: byRole("chief"),
      pages: {
        create: demoIssue.pages.map((page) => ({
          ...page,
          pageEditorId: byRole("editor"),
          layoutId: byRole("layout"),
          proofreaderId: byRole("proofreader"),
          signedAt: new Date(),
          signedById: byRole("chief"),
        })),
      },
    },
    include: { pages: true },
  });

  const contributors = new Map<string, string>();
  const reporter = DEMO_ACCOUNTS.find((a) => a.role === "reporter")!;
  const linked = await db.contributor.create({ data: { name: reporter.name, kind: "person", userId: byRole("reporter") } });
  contributors.set(`person:${reporter.name}`, linked.id);

  const boxes = new Map<number, { columnStart: number; columnSpan: number; height: number }[]>();
  for (const demo of demoArticles) {
    const article = await createArticle(db, demo, publication.id, byRole("reporter"), contributors);
    await recordReviews(db, article.id, demo, byRole);
    if (demo.page !== null) {
      const page = issue.pages.find((p) => p.number === demo.page)!;
      const onPage = boxes.get(demo.page) ?? [];
      // The lead story opens the page across five columns; the rest fill in beside and below.
      const lead = onPage.length === 0;
      const box = { columnSpan: lead ? 5 : 3, height: lead ? 34 : 26 };
      const columnStart = suggestColumnStart(onPage, box.columnSpan, page.columns);
      onPage.push({ columnStart, ...box });
      boxes.set(demo.page, onPage);
      await db.placement.create({
        data: {
          pageId: page.id,
          articleId: article.id,
          position: onPage.length,
          columnStart,
          ...box,
          headlineSize: lead ? 36 : 24,
          placedVersion: 1,
          placedById: byRole("layout"),
        },
      });
    }
  }
  await seedProofHistory(db, issue.id, byRole);
  await seedCorrection(db, issue.id, byRole);
  // Published as the chief would: an immutable snapshot is what readers see.
  const { writeSnapshot } = await import("@/lib/server/publishing/snapshot");
  await db.$transaction((tx) => writeSnapshot(tx, issue.id, byRole("chief")), { timeout: 60_000 });
  await seedProofingIssue(db, publication.id, demoIssue.pages, byRole, async (demo) => {
    const article = await createArticle(db, demo, publication.id, byRole("reporter"), contributors);
    await recordReviews(db, article.id, demo, byRole);
    return article;
  });
  await seedPendingImport(db, publication.id, byRole("desk"));
  return true;
}

async function seedUsers(db: Db): Promise<Map<Role, string>> {
  const ids = new Map<Role, string>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        roles: [account.role],
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
    ids.set(account.role, user.id);
  }
  return ids;
}

async function createArticle(
  db: Db,
  demo: DemoArticle,
  publicationId: string,
  authorId: string,
  contributors: Map<string, string>,
) {
  const body = toDoc(demo.blocks);
  const bodyText = demo.blocks.map((block) => block.text).join("\n");
  const titles = [demo.kicker, demo.headline, demo.subheadline].filter(Boolean).join("");
  const fields = {
    kicker: demo.kicker ?? null,
    headline: demo.headline,
    subheadline: demo.subheadline ?? null,
    column: demo.column ?? null,
    dateline: demo.dateline ?? null,
    body,
    bodyText,
  };
  const bylineIds: { contributorId: string; role: DemoArticle["bylines"][number]["role"]; position: number }[] = [];
  for (const [index, byline] of demo.bylines.entries()) {
    const key = `${byline.kind}:${byline.name}`;
    let id = contributors.get(key);
    if (!id) {
      id = (await db.contributor.create({ data: { name: byline.name, kind: byline.kind } })).id;
      contributors.set(key, id);
    }
    bylineIds.push({ contributorId: id, role: byline.role, position: index + 1 });
  }
  return db.article.create({
    data: {
      publicationId,
      ...fields,
      charCount: countCharacters(titles + bodyText),
      status: demo.status,
      createdById: authorId,
      releasedAt: demo.status === "released" ? new Date() : null,
      bylines: { create: bylineIds },
      revisions: {
        create: {
          version: 1,
          ...fields,
          bylines: bylineIds,
          authorId,
        },
      },
    },
  });
}

/** The 三审 decisions that brought each article to its demo state, by three different people. */
async function recordReviews(db: Db, articleId: string, demo: DemoArticle, byRole: (role: Role) => string) {
  const steps: { level: "first" | "second" | "final"; outcome: "pass" | "return"; opinion: string; role: Role }[] = [];
  const first = { level: "first", role: "editor", opinion: "事实清楚，文字通顺，同意报复审。" } as const;
  const second = { level: "second", role: "desk", opinion: "导向正确，同意报终审。" } as const;
  const final = { level: "final", role: "chief", opinion: "同意签发。" } as const;
  if (demo.status === "first_passed") steps.push({ ...first, outcome: "pass" });
  if (demo.status === "second_passed") steps.push({ ...first, outcome: "pass" }, { ...second, outcome: "pass" });
  if (demo.status === "released") steps.push({ ...first, outcome: "pass" }, { ...second, outcome: "pass" }, { ...final, outcome: "pass" });
  if (demo.status === "returned") {
    steps.push({ level: "first", role: "editor", outcome: "return", opinion: "导语过长，请压缩到两句以内，并补充项目投资数据的来源。" });
  }
  for (const step of steps) {
    await db.reviewDecision.create({
      data: { articleId, level: step.level, outcome: step.outcome, opinion: step.opinion, reviewerId: byRole(step.role), articleVersion: 1 },
    });
  }
}

/** A tiptap document of the editor's nodes: paragraphs, 小标题 (h3) and block quotes. */
function toDoc(blocks: DemoBlock[]) {
  const text = (value: string) => [{ type: "text", text: value }];
  return {
    type: "doc",
    content: blocks.map((block) => {
      if (block.type === "heading") return { type: "heading", attrs: { level: 3 }, content: text(block.text) };
      if (block.type === "quote") return { type: "blockquote", content: [{ type: "paragraph", content: text(block.text) }] };
      return { type: "paragraph", content: text(block.text) };
    }),
  };
}

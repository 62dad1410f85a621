// Test data with random names, so that tests never depend on each other's rows.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { ArticleStatus } from "@/lib/domain/article-workflow";
import type { Role } from "@/lib/domain/roles";
import { hashPassword } from "@/lib/server/auth/password";

const suffix = () => randomBytes(4).toString("hex");

export async function buildUser(options: { roles?: Role[]; password?: string; active?: boolean } = {}) {
  const password = options.password ?? "correct horse battery";
  const user = await getDb().user.create({
    data: {
      email: `user-${suffix()}@example.test`,
      name: `测试用户${suffix()}`,
      roles: options.roles ?? ["reporter"],
      active: options.active ?? true,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}

export async function buildPublication() {
  const slug = `pub-${suffix()}`;
  return getDb().publication.create({ data: { slug, name: `测试报${suffix()}`, dateline: "测试讯" } });
}

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
export const docOf = (...paragraphs: string[]) => ({ type: "doc", content: paragraphs.map(paragraph) });

/** An article by `authorId` in `status`, with one revision, as the desk would have saved it. */
export async function buildArticle(options: { authorId: string; status?: ArticleStatus; headline?: string; text?: string }) {
  const publication = await buildPublication();
  const text = options.text ?? "伊滨讯 区党工委召开会议，研究部署重点工作。";
  const body = docOf(text);
  return getDb().article.create({
    data: {
      publicationId: publication.id,
      headline: options.headline ?? `测试稿件${suffix()}`,
      body,
      bodyText: text,
      charCount: text.length,
      status: options.status ?? "draft",
      createdById: options.authorId,
      revisions: { create: { version: 1, headline: "测试稿件", body, bodyText: text, authorId: options.authorId } },
    },
  });
}

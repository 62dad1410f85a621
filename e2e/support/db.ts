// The database of the server under test, for journeys that need fixtures
// (made with random names, so that tests never depend on each other's rows).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";

export const E2E_DATABASE_FILE = "test-results/e2e-database-url";

let db: Db | undefined;
export function e2eDb(): Db {
  db ??= createPrismaClient(readFileSync(E2E_DATABASE_FILE, "utf8").trim());
  return db;
}

export const suffix = () => randomBytes(3).toString("hex");

/** An article straight in the database, by a demo account, in any state. */
export async function seedArticle(options: { authorEmail: string; status?: "draft" | "submitted" | "first_passed" | "second_passed" | "released"; headline?: string; body?: unknown; bodyText?: string }) {
  const database = e2eDb();
  const author = await database.user.findUniqueOrThrow({ where: { email: options.authorEmail } });
  const publication = await database.publication.findFirstOrThrow({ where: { slug: "yibin" } });
  const bodyText = options.bodyText ?? "伊滨讯 区党工委召开会议，研究部署下一阶段重点工作。";
  const body = options.body ?? { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: bodyText }] }] };
  const headline = options.headline ?? `测试稿件 ${suffix()}`;
  return database.article.create({
    data: {
      publicationId: publication.id, headline, body: body as object, bodyText, charCount: bodyText.length,
      status: options.status ?? "draft", createdById: author.id,
      revisions: { create: { version: 1, headline, body: body as object, bodyText, authorId: author.id } },
    },
  });
}

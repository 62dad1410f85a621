import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/domain/demo-accounts";
import { ROLES } from "@/lib/domain/roles";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { seedDemo } from "@/prisma/seed/demo";

describe("demo data", () => {
  it("seeds 《伊滨新闻》, a published issue of sample articles and one account per role, once", async () => {
    const db = getDb();
    expect(await seedDemo(db)).toBe(true);
    expect(await seedDemo(db)).toBe(false);

    const publication = await db.publication.findUniqueOrThrow({ where: { slug: "yibin" } });
    expect(publication).toMatchObject({ name: "伊滨新闻", dateline: "伊滨讯", internalCirculation: true });

    const issue = await db.issue.findFirstOrThrow({
      where: { publicationId: publication.id, number: 10 },
      include: { pages: { include: { placements: true } } },
    });
    expect(issue).toMatchObject({ number: 10, totalNumber: 255, status: "published" });
    expect(issue.pages.length).toBeGreaterThanOrEqual(4);
    expect(issue.pages.every((page) => page.placements.length > 0)).toBe(true);
    // 第10期 went through 三校 and 通读 on every page; 第11期 is on the proofreaders' desks.
    expect(await db.proofRound.count({ where: { page: { issueId: issue.id }, closedAt: null } })).toBe(0);
    expect(await db.proofRound.count({ where: { page: { issueId: issue.id } } })).toBe(issue.pages.length * 4);
    const proofing = await db.issue.findFirstOrThrow({ where: { publicationId: publication.id, number: 11 } });
    expect(proofing).toMatchObject({ totalNumber: 256, status: "proofing" });
    expect(await db.proofMark.count({ where: { round: { page: { issueId: proofing.id } }, status: "open" } })).toBe(3);

    const accounts = await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    expect(accounts.flatMap((a) => a.roles).sort()).toEqual([...ROLES].sort());
    expect(await signInWithPassword({ email: "chief@folio.local", password: DEMO_PASSWORD, address: "demo" })).not.toBeNull();
  });

  it("never lets one person review an article at two levels", async () => {
    const decisions = await getDb().reviewDecision.findMany();
    const seen = new Set<string>();
    for (const d of decisions) {
      const key = `${d.articleId}:${d.reviewerId}`;
      expect(seen.has(key), `${key} reviewed twice`).toBe(false);
      seen.add(key);
    }
  });
});

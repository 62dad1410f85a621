// The audit trail and 见报统计 against a real database: events recorded by real
// use cases found through each filter, keyset pages that neither skip nor
// repeat, the CSV exports through their route handlers (parsed back), the
// trail's append-only rules, and the statistics over a small printed archive.
import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { NO_ACTOR, chinaToday, decodeAuditCursor, type AuditCursor, type AuditFilters } from "@/lib/domain/audit-trail";
import { AppError } from "@/lib/domain/errors";
import { can, type Action } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import { statsPeriod } from "@/lib/domain/stats-period";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticle } from "@/lib/server/articles/save-article";
import { submitArticle } from "@/lib/server/articles/submit-article";
import { listAuditEvents } from "@/lib/server/audit-trail/list-audit-events";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { addComment, setCommentResolved } from "@/lib/server/comments/comments";
import { allPieces, contributorPieces, contributorStats } from "@/lib/server/stats/contributor-stats";
import { GET as exportAudit } from "@/app/api/audit/export/route";
import { GET as exportStats } from "@/app/api/stats/export/route";
import { buildPublication, buildUser, docOf } from "../support/factories";

// The route handlers authorise through the session; here the session is whoever the test says.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/server/auth/session", () => ({
  getSessionUser: async () => session.user,
  authorize: async (action: Action) => {
    if (!session.user) throw new AppError("unauthenticated");
    if (!can(session.user.roles, action)) throw new AppError("forbidden", action);
    return session.user;
  },
}));

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

const noFilters: AuditFilters = { actor: null, objectType: null, objectId: null, action: null, from: null, to: null };
const newest = { cursor: null, direction: "older" as const };
const fields = (headline: string) => ({ kicker: "", headline, subheadline: "", column: "", dateline: "伊滨讯" });

async function call(handler: typeof exportAudit, url: string) {
  return handler(new Request(`http://localhost${url}`), { params: Promise.resolve({}) });
}

async function csvOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bom: [...bytes.slice(0, 3)], rows: parse(Buffer.from(bytes), { bom: true }) as string[][] };
}

describe("the audit trail", () => {
  it("finds what real use cases recorded, by user, object, action and day", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const chief = await staff("chief");
    await buildPublication();
    const article = await createArticle({ user: reporter });
    await saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("伊滨区召开会议"), body: docOf("会议研究部署重点工作。"), bylines: [] });
    await submitArticle(reporter, article.id);
    const thread = await addComment(editor, { articleId: article.id, body: "请核实数据", mentionIds: [reporter.id] });
    await setCommentResolved(editor, { commentId: thread.id, resolved: true });

    const byObject = await listAuditEvents(chief, { ...noFilters, objectType: "Article", objectId: article.id }, newest);
    expect(byObject.events.map((e) => e.action)).toEqual(["comment.resolve", "comment.create", "article.submit", "article.save", "article.create"]);
    expect(byObject.events[0]!.object).toEqual({ label: "伊滨区召开会议", href: `/desk/articles/${article.id}` });
    // 字数 and versions, never the text.
    const save = byObject.events.find((e) => e.action === "article.save")!;
    expect(save).toMatchObject({ before: { version: 1, charCount: 0 }, after: { version: 2, charCount: 18, bylines: 0 } });
    expect(JSON.stringify(save.after)).not.toContain("会议研究");
    expect(JSON.stringify(byObject.events.find((e) => e.action === "comment.create")!.after)).not.toContain("请核实");

    const byActor = await listAuditEvents(chief, { ...noFilters, actor: editor.id }, newest);
    expect(byActor.events.map((e) => e.action)).toEqual(["comment.resolve", "comment.create"]);
    expect(byActor.events[0]!.actor).toMatchObject({ id: editor.id, name: editor.name, active: true });

    const byAction = await listAuditEvents(chief, { ...noFilters, actor: reporter.id, action: "article.submit" }, newest);
    expect(byAction.events).toHaveLength(1);
    expect(byAction.events[0]).toMatchObject({ before: { status: "draft" }, after: { status: "submitted" } });

    const today = chinaToday(new Date());
    expect((await listAuditEvents(chief, { ...noFilters, actor: reporter.id, from: today, to: today }, newest)).events).toHaveLength(3);
    expect((await listAuditEvents(chief, { ...noFilters, actor: reporter.id, from: "2000-01-01", to: "2000-12-31" }, newest)).events).toHaveLength(0);
  });

  it("shows a failed sign-in with an unknown email as 匿名, with its address", async () => {
    const chief = await staff("chief");
    const email = `nobody-${randomBytes(4).toString("hex")}@example.test`;
    expect(await signInWithPassword({ email, password: "wrong", address: "203.0.113.9" })).toBeNull();
    const { events } = await listAuditEvents(chief, { ...noFilters, actor: NO_ACTOR, action: "auth.sign_in_failed" }, newest);
    const failed = events.find((e) => (e.after as { email?: string }).email === email);
    expect(failed).toMatchObject({ actor: null, actorless: "anonymous", ip: "203.0.113.9", after: { reason: "unknown_email" } });
    expect(JSON.stringify(failed)).not.toContain("wrong");
  });

  it("pages by keyset without skipping or repeating rows that share an instant, both ways", async () => {
    const chief = await staff("chief");
    const objectId = `paging-${randomBytes(4).toString("hex")}`;
    const at = new Date("2022-02-02T02:02:02.002Z");
    const later = new Date("2022-02-02T02:02:03.000Z");
    await getDb().auditEvent.createMany({
      data: Array.from({ length: 8 }, (_, i) => ({ action: "test.page", objectType: "Test", objectId, at: i < 6 ? at : later, after: { i } })),
    });
    const filters = { ...noFilters, objectType: "Test", objectId };

    const pages: string[][] = [];
    let request: { cursor: AuditCursor | null; direction: "older" | "newer" } = newest;
    let links: { older: string | null; newer: string | null } = { older: null, newer: null };
    for (;;) {
      const page = await listAuditEvents(chief, filters, request, 3);
      pages.push(page.events.map((e) => e.id));
      links = page;
      if (!page.older) break;
      request = { cursor: decodeCursor(page.older), direction: "older" };
    }
    const all = await getDb().auditEvent.findMany({ where: { objectId }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    expect(pages.flat()).toEqual(all.map((e) => e.id));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);

    // Back towards the newest from the last page: the same pages in reverse.
    const back: string[][] = [];
    while (links.newer) {
      const page = await listAuditEvents(chief, filters, { cursor: decodeCursor(links.newer), direction: "newer" }, 3);
      back.push(page.events.map((e) => e.id));
      links = page;
    }
    expect(back).toEqual([pages[1], pages[0]]);
  });

  it("exports the filtered trail as CSV through the route: BOM, Chinese intact, every row once, and the export audited", async () => {
    const chief = await staff("chief");
    const objectId = `export-${randomBytes(4).toString("hex")}`;
    // More than one batch of the stream, with rows sharing instants across the batch boundary.
    const at = (i: number) => new Date(Date.UTC(2022, 5, 1, 0, 0, Math.floor(i / 7)));
    await getDb().auditEvent.createMany({
      data: Array.from({ length: 2150 }, (_, i) => ({
        actorId: chief.id, action: "article.save", objectType: "Article", objectId, at: at(i),
        before: { version: i }, after: { version: i + 1, note: i === 0 ? "=HYPERLINK(\"x\"),逗号,\"引号\"" : "改" },
      })),
    });

    session.user = chief;
    const response = await call(exportAudit, `/api/audit/export?objectType=Article&objectId=${objectId}&from=2022-06-01&to=2022-06-30`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("审计日志_2022-06-01_2022-06-30.csv")}`);
    const { bom, rows } = await csvOf(response);
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual(["时间", "操作人", "操作人邮箱", "操作", "对象类型", "对象ID", "变更前", "变更后", "IP"]);
    const body = rows.slice(1);
    expect(body).toHaveLength(2150);
    expect(new Set(body.map((r) => r[6])).size).toBe(2150);
    expect(body[0]).toEqual([expect.stringMatching(/^2022-06-01 08:05:0\d$/), chief.name, chief.email, "保存稿件", "稿件", objectId, '{"version":2149}', expect.any(String), ""]);
    expect(JSON.parse(body[0]![7]!)).toEqual({ version: 2150, note: "改" });
    // Times in China time; the oldest last.
    expect(body.at(-1)!.slice(0, 4)).toEqual(["2022-06-01 08:00:00", chief.name, chief.email, "保存稿件"]);
    expect(JSON.parse(body.at(-1)![7]!)).toEqual({ version: 1, note: "=HYPERLINK(\"x\"),逗号,\"引号\"" });

    const exported = await listAuditEvents(chief, { ...noFilters, actor: chief.id, action: "audit.export" }, newest);
    expect(exported.events[0]!.after).toEqual({ filters: { objectType: "Article", objectId, from: "2022-06-01", to: "2022-06-30" } });
  });

  it("refuses the export to anonymous users and roles without audit.view", async () => {
    session.user = null;
    expect((await call(exportAudit, "/api/audit/export")).status).toBe(401);
    session.user = await staff("desk");
    expect((await call(exportAudit, "/api/audit/export")).status).toBe(403);
    await expect(listAuditEvents(session.user, noFilters, newest)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("stays append-only: updates and deletes change nothing", async () => {
    const db = getDb();
    const row = await db.auditEvent.create({ data: { action: "test.append_only", objectType: "Test", objectId: randomBytes(4).toString("hex"), after: { ok: true } } });
    expect(await db.$executeRaw`UPDATE "AuditEvent" SET action = 'forged', after = '{}' WHERE id = ${row.id}`).toBe(0);
    expect(await db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${row.id}`).toBe(0);
    expect(await db.auditEvent.updateMany({ where: { id: row.id }, data: { action: "forged" } })).toEqual({ count: 0 });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});

const decodeCursor = (value: string): AuditCursor => decodeAuditCursor(value)!;

// ───────────── 见报统计 ─────────────

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const suffix = () => randomBytes(3).toString("hex");

async function archive() {
  const db = getDb();
  const publication = await buildPublication();
  const contributor = (name: string, kind: "person" | "unit" = "person", mergedIntoId?: string) =>
    db.contributor.create({ data: { name: `${name}${suffix()}`, kind, mergedIntoId } });
  const a = await contributor("李三旺");
  const b = await contributor("董洁");
  const unit = await contributor("巡察室", "unit");
  const photographer = await contributor("张铁生");
  // A duplicate of 李三旺 merged into him, whose old bylines and credits still name the duplicate.
  const duplicate = await contributor("李三旺", "person", a.id);

  let total = 7000;
  const issue = async (date: string, status: "proofing" | "locked" | "published" | "withdrawn", pages: number[]) => {
    total += 1;
    return db.issue.create({
      data: {
        publicationId: publication.id, date: day(date), year: Number(date.slice(0, 4)), number: total - 7000, totalNumber: total, status,
        pages: { create: pages.map((number) => ({ number, name: `版${number}` })) },
      },
      include: { pages: { orderBy: { number: "asc" } } },
    });
  };
  const article = (headline: string, charCount: number, bylines: { contributorId: string; role: "reporter" | "correspondent" | "text_and_photo" | "author" }[]) =>
    db.article.create({
      data: {
        publicationId: publication.id, headline: `${headline}${suffix()}`, body: docOf("正文"), bodyText: "正文", charCount, status: "released",
        bylines: { create: bylines.map((byline, i) => ({ ...byline, position: i + 1 })) },
      },
    });
  const place = (pageId: string, articleId: string, continuesFromId?: string) =>
    db.placement.create({ data: { pageId, articleId, position: 1, placedVersion: 1, continuesFromId } });
  const photo = async (articleId: string, creditContributorId: string) => {
    const media = await db.media.create({
      data: { storageKey: `test/${suffix()}/original.jpg`, originalName: "p.jpg", mimeType: "image/jpeg", bytes: 1, width: 10, height: 10, creditContributorId },
    });
    await db.articleMedia.create({ data: { articleId, mediaId: media.id } });
  };

  const march5 = await issue("1997-03-05", "locked", [1, 2]);
  const jumped = await article("区党工委召开会议", 1500, [{ contributorId: a.id, role: "reporter" }, { contributorId: b.id, role: "correspondent" }]);
  const first = await place(march5.pages[0]!.id, jumped.id);
  await place(march5.pages[1]!.id, jumped.id, first.id);
  const byUnit = await article("巡察整改", 800, [{ contributorId: unit.id, role: "author" }]);
  await place(march5.pages[1]!.id, byUnit.id);
  const byDuplicate = await article("春耕", 600, [{ contributorId: duplicate.id, role: "text_and_photo" }]);
  await place(march5.pages[0]!.id, byDuplicate.id);
  await photo(byDuplicate.id, photographer.id);
  await photo(byDuplicate.id, duplicate.id);

  // 撤回 takes an issue off the web, not out of print: it counts.
  const march12 = await issue("1997-03-12", "withdrawn", [1]);
  const inWithdrawn = await article("防汛", 500, [{ contributorId: b.id, role: "correspondent" }]);
  await place(march12.pages[0]!.id, inWithdrawn.id);

  const march19 = await issue("1997-03-19", "published", [1]);
  const published = await article("招商引资", 1000, [{ contributorId: a.id, role: "reporter" }]);
  await place(march19.pages[0]!.id, published.id);

  // Not counted: an issue still in 校对, a released article on no page, an issue after the period.
  const march26 = await issue("1997-03-26", "proofing", [1]);
  await place(march26.pages[0]!.id, (await article("未付印", 999, [{ contributorId: a.id, role: "reporter" }])).id);
  await article("未上版", 777, [{ contributorId: a.id, role: "reporter" }]);
  const may = await issue("1997-05-07", "locked", [1]);
  await place(may.pages[0]!.id, (await article("五月", 333, [{ contributorId: a.id, role: "reporter" }])).id);

  return { publication, a, b, unit, photographer, duplicate, jumped, byDuplicate, published, inWithdrawn };
}

describe("见报统计", () => {
  it("counts each printed piece once per contributor, merged duplicates under the one kept, and only issues that went to press", async () => {
    const desk = await staff("desk");
    const { publication, a, b, unit, photographer, duplicate, jumped, byDuplicate, published } = await archive();
    const period = statsPeriod({ from: "1997-03-01", to: "1997-03-31" }, "2024-01-01");
    const scope = { start: period.start, end: period.end, publicationId: publication.id };

    const report = await contributorStats(desk, scope);
    expect(report.totals).toEqual({ issues: 3, articles: 5, characters: 1500 + 800 + 600 + 500 + 1000, photos: 2, contributors: 4 });
    const line = (id: string) => report.contributors.find((c) => c.id === id);
    expect(line(a.id)).toEqual({ id: a.id, name: a.name, kind: "person", pieces: 3, characters: 3100, photos: 1, roles: { reporter: 2, text_and_photo: 1 } });
    expect(line(b.id)).toMatchObject({ pieces: 2, characters: 2000, photos: 0, roles: { correspondent: 2 } });
    expect(line(unit.id)).toMatchObject({ kind: "unit", pieces: 1, characters: 800, roles: { author: 1 } });
    expect(line(photographer.id)).toMatchObject({ pieces: 0, characters: 0, photos: 1, roles: {} });
    expect(line(duplicate.id)).toBeUndefined();
    expect(report.contributors[0]!.id).toBe(a.id);

    // The detail, reached by the duplicate's id too, agrees with the summary line.
    const detail = (await contributorPieces(desk, scope, duplicate.id))!;
    expect(detail.contributor.id).toBe(a.id);
    expect(detail.pieces.map((p) => [p.articleId, p.pageNumber, p.pages, p.roles, p.characters, p.photos])).toEqual([
      [byDuplicate.id, 1, [1], ["text_and_photo"], 600, 1],
      [jumped.id, 1, [1, 2], ["reporter"], 1500, 0],
      [published.id, 1, [1], ["reporter"], 1000, 0],
    ]);

    const everything = await allPieces(desk, scope);
    expect(everything).toHaveLength(3 + 2 + 1 + 1);
    expect(everything.find((p) => p.contributorId === photographer.id)).toMatchObject({ roles: [], characters: 0, photos: 1, articleId: byDuplicate.id });
  });

  it("exports the pieces and the summary as CSV through the route, and refuses roles without stats.view", async () => {
    const { publication, a, jumped } = await archive();
    const query = `from=1997-03-01&to=1997-03-31&publication=${publication.id}`;

    session.user = await staff("desk");
    const pieces = await call(exportStats, `/api/stats/export?${query}&kind=pieces`);
    expect(pieces.status).toBe(200);
    expect(pieces.headers.get("content-disposition")).toContain(encodeURIComponent("见报明细_1997-03-01_1997-03-31.csv"));
    const { bom, rows } = await csvOf(pieces);
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual(["作者", "作者类型", "出版日期", "期号", "总期号", "版", "标题", "署名角色", "字数", "图片数", "稿件ID", "作者ID"]);
    expect(rows).toHaveLength(1 + 7);
    const jumpedRow = rows.find((r) => r[10] === jumped.id && r[11] === a.id)!;
    expect(jumpedRow).toEqual([a.name, "个人", "1997-03-05", "1", "7001", "01→02", jumped.headline, "记者", "1500", "0", jumped.id, a.id]);
    expect(rows.filter((r) => r[10] === jumped.id).map((r) => r[7]).sort()).toEqual(["记者", "通讯员"].sort());
    expect(rows.some((r) => r[7] === "图片" && r[8] === "0" && r[9] === "1")).toBe(true);

    const summary = await csvOf(await call(exportStats, `/api/stats/export?${query}&kind=summary`));
    expect(summary.rows[0]!.slice(0, 5)).toEqual(["作者", "作者类型", "篇数", "字数", "图片数"]);
    expect(summary.rows[0]!.slice(5)).toEqual(["记者", "通讯员", "摄影", "文/图", "文", "编译", "作者"]);
    expect(summary.rows[1]).toEqual([a.name, "个人", "3", "3100", "1", "2", "0", "0", "1", "0", "0", "0"]);

    session.user = await staff("editor");
    expect((await call(exportStats, `/api/stats/export?${query}`)).status).toBe(403);
    await expect(contributorStats(session.user, { start: day("1997-03-01"), end: day("1997-04-01"), publicationId: null })).rejects.toMatchObject({ code: "forbidden" });
  });
});

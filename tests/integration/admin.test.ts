// Administration against a real database: an invited user sets a password
// from the one-time link and signs in, is deactivated and refused; links are
// one-time and expire; role changes are audited and never leave the newsroom
// without an admin; publication settings refuse a stale save; merging
// contributors moves their credits, and later imports follow the merge.
import { randomBytes, randomInt } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { settingsOf } from "@/lib/domain/publication-settings";
import type { Role } from "@/lib/domain/roles";
import { changeOwnPassword } from "@/lib/server/account/change-own-password";
import { changeUserRoles } from "@/lib/server/admin/change-user-roles";
import { createUser } from "@/lib/server/admin/create-user";
import { issueUserLink } from "@/lib/server/admin/issue-user-link";
import { listContributors } from "@/lib/server/admin/list-contributors";
import { getUser, listUsers } from "@/lib/server/admin/list-users";
import { mergeContributors } from "@/lib/server/admin/merge-contributors";
import { readUserLink } from "@/lib/server/admin/read-user-link";
import { revokeUserSessions } from "@/lib/server/admin/revoke-user-sessions";
import { setPasswordFromLink } from "@/lib/server/admin/set-password-from-link";
import { setUserActive } from "@/lib/server/admin/set-user-active";
import { updatePublication } from "@/lib/server/admin/update-publication";
import { loadSessionUser, type SessionUser } from "@/lib/server/auth/session-user";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { importAtOnce, prepareImport } from "@/lib/server/import/batches";
import { buildArticle, buildPublication, buildUser } from "../support/factories";

const NEW_PASSWORD = "harbour kettle violet 73";
const suffix = () => randomBytes(4).toString("hex");

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

let address: string;
beforeEach(() => {
  address = `203.0.113.${randomInt(1, 250)}-${Date.now()}`;
});

const tokenOf = (path: string) => path.split("/").at(-1)!;
const auditOf = (objectId: string) => getDb().auditEvent.findMany({ where: { objectId }, orderBy: { at: "asc" } });

describe("inviting a user", () => {
  it("creates an account nobody can sign in to until the invite is accepted, then deactivation refuses sign-in and ends sessions", async () => {
    const admin = await staff("admin");
    const email = `Reporter-${suffix()}@Example.test`;
    const { user, link } = await createUser(admin, { name: "李三旺", email, roles: ["reporter", "editor"] });
    expect(link.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    // Only the hash of the token is stored; the account has no usable password.
    const token = tokenOf(link.path);
    const stored = await getDb().userToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await signInWithPassword({ email, password: "folio-demo", address })).toBeNull();
    const row = (await listUsers()).find((u) => u.id === user.id)!;
    expect(row).toMatchObject({ email: email.toLowerCase(), roles: ["editor", "reporter"], active: true, awaitingInvite: true, link: { kind: "invite", state: "pending" } });

    // The link page knows whose account it is; a weak password is refused and leaves the link usable.
    expect(await readUserLink(token, "invite")).toMatchObject({ user: { name: "李三旺", email: email.toLowerCase() } });
    expect(await readUserLink(token, "password_reset")).toBeNull();
    await expect(setPasswordFromLink({ token, kind: "invite", password: "password123", confirm: "password123" })).rejects.toMatchObject({ reason: "passwordWeak" });
    await expect(setPasswordFromLink({ token, kind: "invite", password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}!` })).rejects.toMatchObject({ reason: "passwordMismatch" });
    await setPasswordFromLink({ token, kind: "invite", password: NEW_PASSWORD, confirm: NEW_PASSWORD });

    const signedIn = await signInWithPassword({ email, password: NEW_PASSWORD, address });
    expect(signedIn).toMatchObject({ id: user.id, name: "李三旺" });
    const version = signedIn!.sessionVersion;
    expect(await loadSessionUser(user.id, version)).not.toBeNull();
    expect(await getUser(user.id)).toMatchObject({ awaitingInvite: false });

    // The link works once.
    expect(await readUserLink(token, "invite")).toBeNull();
    await expect(setPasswordFromLink({ token, kind: "invite", password: "another kettle 99 violet", confirm: "another kettle 99 violet" })).rejects.toMatchObject({ reason: "linkInvalid" });

    await setUserActive(admin, { userId: user.id, active: false });
    const deactivated = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(deactivated).toMatchObject({ active: false, sessionVersion: version + 1 });
    expect(await loadSessionUser(user.id, version)).toBeNull();
    expect(await signInWithPassword({ email, password: NEW_PASSWORD, address })).toBeNull();

    const events = await auditOf(user.id);
    expect(events.map((e) => e.action)).toEqual([
      "user.create", "user.invite", "auth.sign_in_failed", "user.invite_accepted", "auth.sign_in", "user.deactivate", "auth.sign_in_failed",
    ]);
    expect(events.find((e) => e.action === "user.create")).toMatchObject({ actorId: admin.id, after: { name: "李三旺", roles: ["editor", "reporter"] } });
    expect(events.find((e) => e.action === "user.deactivate")).toMatchObject({ actorId: admin.id, before: { active: true }, after: { active: false } });
    expect(events.at(-1)).toMatchObject({ after: { reason: "inactive" } });
    const everything = JSON.stringify(events);
    expect(everything).not.toContain(NEW_PASSWORD);
    expect(everything).not.toContain(token);

    // Reactivated, the user signs in with the same password; their work was never touched.
    await setUserActive(admin, { userId: user.id, active: true });
    expect(await signInWithPassword({ email, password: NEW_PASSWORD, address })).toMatchObject({ id: user.id });
  });

  it("refuses a second account with the same email, and an account without roles", async () => {
    const admin = await staff("admin");
    const existing = await buildUser();
    await expect(createUser(admin, { name: "重名", email: existing.email.toUpperCase(), roles: ["reporter"] })).rejects.toMatchObject({ reason: "userEmailTaken" });
    await expect(createUser(admin, { name: "无角色", email: `none-${suffix()}@example.test`, roles: [] })).rejects.toMatchObject({ reason: "rolesRequired" });
  });

  it("refuses an expired link, and a new link ends the old one", async () => {
    const admin = await staff("admin");
    const { user, link } = await createUser(admin, { name: "过期", email: `late-${suffix()}@example.test`, roles: ["reporter"] });
    const first = tokenOf(link.path);
    const again = await issueUserLink(admin, { userId: user.id, kind: "invite" });
    expect(await readUserLink(first, "invite")).toBeNull();
    const second = tokenOf(again.link.path);
    expect(await readUserLink(second, "invite")).not.toBeNull();

    await getDb().userToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await readUserLink(second, "invite")).toBeNull();
    await expect(setPasswordFromLink({ token: second, kind: "invite", password: NEW_PASSWORD, confirm: NEW_PASSWORD })).rejects.toMatchObject({ reason: "linkInvalid" });
    expect((await getUser(user.id))!.link).toMatchObject({ kind: "invite", state: "expired" });
    // Unknown and malformed tokens are refused the same way.
    expect(await readUserLink("x".repeat(43), "invite")).toBeNull();
    expect(await readUserLink("../../etc", "invite")).toBeNull();
  });

  it("resets a forgotten password with a one-time link that signs out every session", async () => {
    const admin = await staff("admin");
    const user = await buildUser({ roles: ["editor"] });
    const { link } = await issueUserLink(admin, { userId: user.id, kind: "password_reset" });
    expect(link.path).toMatch(/^\/reset\//);
    expect(link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
    await setPasswordFromLink({ token: tokenOf(link.path), kind: "password_reset", password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(await loadSessionUser(user.id, 0)).toBeNull();
    expect(await signInWithPassword({ email: user.email, password: user.password, address })).toBeNull();
    expect(await signInWithPassword({ email: user.email, password: NEW_PASSWORD, address })).toMatchObject({ id: user.id });
    expect((await auditOf(user.id)).map((e) => e.action)).toContain("user.password_reset");

    // No link for a deactivated account.
    await setUserActive(admin, { userId: user.id, active: false });
    await expect(issueUserLink(admin, { userId: user.id, kind: "password_reset" })).rejects.toMatchObject({ reason: "userInactive" });
  });
});

describe("roles and sessions", () => {
  it("audits a role change with before and after, and applies it to the next session check", async () => {
    const admin = await staff("admin");
    const user = await buildUser({ roles: ["reporter"] });
    await changeUserRoles(admin, { userId: user.id, roles: ["layout", "editor"] });
    expect(await loadSessionUser(user.id, 0)).toMatchObject({ roles: ["editor", "layout"] });
    const [event] = (await auditOf(user.id)).filter((e) => e.action === "user.roles");
    expect(event).toMatchObject({ actorId: admin.id, before: { roles: ["reporter"] }, after: { roles: ["editor", "layout"] } });
    // Saving the same roles changes and records nothing.
    expect(await changeUserRoles(admin, { userId: user.id, roles: ["editor", "layout"] })).toMatchObject({ changed: false });
    expect((await auditOf(user.id)).filter((e) => e.action === "user.roles")).toHaveLength(1);
  });

  it("never lets an admin drop their own admin role or deactivate themselves, and keeps one active admin", async () => {
    const admin = await staff("admin");
    await expect(changeUserRoles(admin, { userId: admin.id, roles: ["chief"] })).rejects.toMatchObject({ reason: "ownAdminRole" });
    await expect(setUserActive(admin, { userId: admin.id, active: false })).rejects.toMatchObject({ reason: "ownDeactivation" });
    await expect(changeUserRoles(admin, { userId: admin.id, roles: ["admin", "chief"] })).resolves.toMatchObject({ changed: true });

    // Two admins removing each other's role at once: the locks make one wait and then refuse.
    const other = await staff("admin");
    const db = getDb();
    const admins = await db.user.findMany({ where: { active: true, roles: { has: "admin" } }, select: { id: true } });
    // Leave only these two as active admins for the race.
    const bystanders = admins.map((a) => a.id).filter((id) => id !== admin.id && id !== other.id);
    await db.user.updateMany({ where: { id: { in: bystanders } }, data: { active: false } });
    try {
      const results = await Promise.allSettled([
        changeUserRoles(admin, { userId: other.id, roles: ["chief"] }),
        changeUserRoles(other, { userId: admin.id, roles: ["chief"] }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ reason: "lastAdmin" });
      expect(await db.user.count({ where: { active: true, roles: { has: "admin" } } })).toBe(1);
    } finally {
      await db.user.updateMany({ where: { id: { in: bystanders } }, data: { active: true } });
    }
  });

  it("强制下线 ends every session and is audited", async () => {
    const admin = await staff("admin");
    const user = await buildUser();
    await revokeUserSessions(admin, user.id);
    expect(await loadSessionUser(user.id, 0)).toBeNull();
    expect(await loadSessionUser(user.id, 1)).not.toBeNull();
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(["user.sessions_revoke"]);
  });

  it("changes one's own password with the current one, under the rules, and ends every session", async () => {
    const built = await buildUser({ roles: ["editor"] });
    const me: SessionUser = { id: built.id, name: built.name, email: built.email, roles: ["editor"] };
    await expect(changeOwnPassword(me, { current: "wrong one", password: NEW_PASSWORD, confirm: NEW_PASSWORD })).rejects.toMatchObject({ reason: "currentPasswordWrong" });
    const local = built.email.split("@")[0]!;
    await expect(changeOwnPassword(me, { current: built.password, password: `${local}-kettle-7`, confirm: `${local}-kettle-7` })).rejects.toMatchObject({ reason: "passwordPersonal" });
    await expect(changeOwnPassword(me, { current: built.password, password: "short", confirm: "short" })).rejects.toMatchObject({ reason: "passwordTooShort" });
    await changeOwnPassword(me, { current: built.password, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(await loadSessionUser(built.id, 0)).toBeNull();
    expect(await signInWithPassword({ email: built.email, password: NEW_PASSWORD, address })).toMatchObject({ id: built.id });
    expect((await auditOf(built.id)).map((e) => e.action)).toEqual(["user.password_change_failed", "user.password_change", "auth.sign_in"]);
  });
});

describe("publication settings", () => {
  it("saves the changed fields, audits only those, and refuses a save based on a stale version", async () => {
    const admin = await staff("admin");
    const publication = await buildPublication();
    const settings = settingsOf(publication);
    const edited = { ...settings, name: "伊滨新闻", dateline: "伊滨讯", proofRounds: 2, registrationLine: "河南省连续性内部资料[审洛阳连]00018号", pageTemplate: [{ number: 1, name: "要闻" }, { number: 2, name: "综合" }] };
    const saved = await updatePublication(admin, { id: publication.id, baseUpdatedAt: publication.updatedAt, settings: edited });
    expect(saved.changed.sort()).toEqual(["dateline", "name", "pageTemplate", "proofRounds", "registrationLine"]);
    const stored = await getDb().publication.findUniqueOrThrow({ where: { id: publication.id } });
    expect(stored).toMatchObject({ name: "伊滨新闻", dateline: "伊滨讯", proofRounds: 2, pageTemplate: [{ number: 1, name: "要闻" }, { number: 2, name: "综合" }] });

    const [event] = await auditOf(publication.id);
    expect(event).toMatchObject({ action: "publication.update", actorId: admin.id, before: { name: publication.name, dateline: "测试讯", proofRounds: 3, registrationLine: null, pageTemplate: [] }, after: { name: "伊滨新闻", proofRounds: 2 } });
    expect(Object.keys(event!.after as object).sort()).toEqual(saved.changed.sort());

    // Someone else's form still holds the first version: refused, nothing written.
    await expect(updatePublication(admin, { id: publication.id, baseUpdatedAt: publication.updatedAt, settings: { ...edited, hotline: "0379-12345678" } })).rejects.toMatchObject({ code: "conflict", reason: "publicationStale" });
    expect((await getDb().publication.findUniqueOrThrow({ where: { id: publication.id } })).hotline).toBeNull();
    expect(await auditOf(publication.id)).toHaveLength(1);
  });
});

describe("merging contributors", () => {
  /** A Chinese name no other test uses, as the importer's byline parser reads names. */
  const uniqueName = () => `欧阳${Array.from({ length: 2 }, () => "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"[randomInt(0, 22)]).join("")}${"金木水火土"[randomInt(0, 5)]}`;

  it("moves bylines and photo credits to the kept contributor, and later imports credit it", async () => {
    const admin = await staff("admin");
    const author = await buildUser({ roles: ["reporter"] });
    const db = getDb();
    const name = uniqueName();
    const kept = await db.contributor.create({ data: { name: `${name}·`, userId: author.id } });
    const duplicate = await db.contributor.create({ data: { name } });
    const article = await buildArticle({ authorId: author.id });
    await db.byline.create({ data: { articleId: article.id, contributorId: duplicate.id, role: "reporter", position: 0 } });
    const photo = await db.media.create({ data: { storageKey: `test/${suffix()}`, originalName: "a.jpg", mimeType: "image/jpeg", bytes: 1, width: 1, height: 1, creditContributorId: duplicate.id } });

    await expect(mergeContributors(admin, { targetId: kept.id, duplicateIds: [kept.id] })).rejects.toMatchObject({ reason: "mergeIntoSelf" });
    await expect(mergeContributors(admin, { targetId: kept.id, duplicateIds: [] })).rejects.toMatchObject({ reason: "mergeNothing" });
    const result = await mergeContributors(admin, { targetId: kept.id, duplicateIds: [duplicate.id] });
    expect(result).toMatchObject({ merged: 1, bylines: 1, photos: 1 });
    expect(await db.byline.findFirstOrThrow({ where: { articleId: article.id } })).toMatchObject({ contributorId: kept.id });
    expect(await db.media.findUniqueOrThrow({ where: { id: photo.id } })).toMatchObject({ creditContributorId: kept.id });
    expect(await db.contributor.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({ mergedIntoId: kept.id });

    const [event] = (await auditOf(kept.id)).filter((e) => e.action === "contributor.merge");
    expect(event).toMatchObject({ actorId: admin.id, before: { duplicates: [{ id: duplicate.id, name, bylines: 1, photos: 1 }] }, after: { mergedIds: [duplicate.id], target: { bylines: 1, photos: 1 } } });
    // The list shows the kept one with its credits; the merged one is gone from it.
    const listed = await listContributors(name);
    expect(listed.contributors.map((c) => c.id)).toEqual([kept.id]);
    expect(listed.contributors[0]).toMatchObject({ bylines: 1, photos: 1, mergedFrom: 1, user: { id: author.id } });

    // Into a merged contributor, or of one already merged: refused.
    const third = await db.contributor.create({ data: { name: uniqueName() } });
    await expect(mergeContributors(admin, { targetId: duplicate.id, duplicateIds: [third.id] })).rejects.toMatchObject({ reason: "mergeTargetMerged" });
    await expect(mergeContributors(admin, { targetId: third.id, duplicateIds: [duplicate.id] })).rejects.toMatchObject({ reason: "contributorNotFound" });

    // A back issue crediting the merged name lands on the kept contributor.
    const publication = await buildPublication();
    const page = ["# 伊滨新闻", "2021年3月3日 星期三 第5期 总第100期", "", "## 区里召开春耕动员会", "", "伊滨讯 3月2日，区里召开春耕动员会，部署今年春耕工作。", "", `春耕工作要抓早抓实。（${name}）`].join("\n");
    const landed = await importAtOnce(admin, { publicationSlug: publication.slug, fileName: "page.md", prepared: await prepareImport("page.md", Buffer.from(page)), adjust: (draft) => draft });
    expect(landed.ok).toBe(true);
    if (!landed.ok) return;
    const bylines = await db.byline.findMany({ where: { articleId: { in: landed.articleIds } } });
    expect(bylines.map((b) => b.contributorId)).toEqual([kept.id]);
  });

  it("refuses to merge contributors linked to two different users, and moves a duplicate's user link to the kept one", async () => {
    const admin = await staff("admin");
    const [one, two] = [await buildUser(), await buildUser()];
    const db = getDb();
    const a = await db.contributor.create({ data: { name: uniqueName(), userId: one.id } });
    const b = await db.contributor.create({ data: { name: uniqueName(), userId: two.id } });
    const c = await db.contributor.create({ data: { name: uniqueName() } });
    await expect(mergeContributors(admin, { targetId: a.id, duplicateIds: [b.id] })).rejects.toMatchObject({ reason: "mergeLinkedUsers" });
    await mergeContributors(admin, { targetId: c.id, duplicateIds: [b.id] });
    expect(await db.contributor.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ userId: two.id });
    expect(await db.contributor.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ userId: null, mergedIntoId: c.id });
  });
});

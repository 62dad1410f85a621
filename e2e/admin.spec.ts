// Administration as the admin and the new colleague meet it: the admin creates
// a user with roles and copies the invite link; the colleague opens it in their
// own browser, sets a password and signs in; the admin deactivates them, their
// session ends and their next sign-in is refused; the audit trail shows it all.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { messages } from "../lib/i18n";
import { signInAs } from "./support/auth";
import { e2eDb, suffix } from "./support/db";

const t = messages.admin;
const login = messages.login;
const actions = messages.audit.actions;
const PASSWORD = "晨报 校样 harbour 73";

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel(login.email).fill(email);
  await page.getByLabel(login.password).fill(password);
  await page.getByRole("button", { name: login.submit, exact: true }).click();
}

/** A browser of the colleague's own: no cookie of the admin's. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  return context.newPage();
}

test("invite, first sign-in, deactivation, a refused sign-in, and the audit trail showing it all @phone", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const name = `李三旺${suffix()}`;
  const email = `li-${suffix()}@folio.test`;

  // The admin creates the account with two roles and gets the link, once.
  await signInAs(page, "admin");
  await page.goto("/desk/admin/users");
  await page.getByRole("button", { name: t.users.create.open }).click();
  const form = page.getByTestId("create-user");
  await form.getByLabel(t.users.create.name).fill(name);
  await form.getByLabel(t.users.create.email).fill(email);
  await form.getByRole("checkbox", { name: messages.roles.reporter, exact: true }).check();
  await form.getByRole("checkbox", { name: messages.roles.editor, exact: true }).check();
  await form.getByRole("button", { name: t.users.create.submit }).click();

  const issued = page.getByTestId("issued-link");
  await expect(issued).toContainText(t.link.inviteTitle);
  await expect(issued).toContainText(t.link.onceOnly);
  const url = await page.getByTestId("issued-link-url").inputValue();
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const row = page.locator(`[data-user="${email}"]`).filter({ visible: true });
  await expect(row).toContainText(t.status.invitePending);
  await expect(row).toContainText(messages.roles.editor);

  // The colleague opens the link in their own browser: a weak password is refused in Chinese, a good one accepted.
  const colleague = await freshPage(browser);
  await colleague.goto(url);
  await expect(colleague.getByRole("heading", { name: t.accept.inviteTitle })).toBeVisible();
  await expect(colleague.getByLabel(t.accept.email)).toHaveValue(email);
  await colleague.getByLabel(t.accept.password, { exact: true }).fill("password123");
  await colleague.getByLabel(t.accept.confirm, { exact: true }).fill("password123");
  await colleague.getByRole("button", { name: t.accept.submit }).click();
  await expect(colleague.getByRole("alert").filter({ hasText: messages.refusals.passwordWeak })).toBeVisible();
  await colleague.getByLabel(t.accept.password, { exact: true }).fill(PASSWORD);
  await colleague.getByLabel(t.accept.confirm, { exact: true }).fill(PASSWORD);
  await colleague.getByRole("button", { name: t.accept.submit }).click();
  await expect(colleague.getByTestId("password-set")).toContainText(email);

  // The link works once.
  await colleague.goto(url);
  await expect(colleague.getByTestId("link-invalid")).toContainText(t.accept.invalidWhatToDo);

  // First sign-in, with the form.
  await signInWithForm(colleague, email, PASSWORD);
  await expect(colleague).toHaveURL(/\/desk$/);
  await expect(colleague.getByTestId("signed-in-user")).toHaveText(name);

  // The admin deactivates the account.
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email } });
  await page.goto(`/desk/admin/users/${user.id}`);
  await expect(page.getByTestId("user-name")).toHaveText(name);
  const access = page.getByTestId("user-active");
  await access.getByRole("button", { name: t.user.active.deactivate }).click();
  await access.getByRole("button", { name: t.user.confirm, exact: true }).click();
  await expect(page.locator('[data-status="inactive"]').first()).toHaveText(t.status.inactive);

  // The colleague's session is over, and signing in again is refused.
  await colleague.goto("/desk");
  await expect(colleague).toHaveURL(/\/login/);
  await signInWithForm(colleague, email, PASSWORD);
  await expect(colleague.getByRole("alert").filter({ hasText: login.errors.invalid })).toBeVisible();
  await expect(colleague).toHaveURL(/\/login/);
  await colleague.context().close();

  // The audit trail of the account: invite, acceptance, sign-in, deactivation, refused sign-in.
  await page.getByRole("link", { name: t.user.auditTrail }).click();
  await expect(page).toHaveURL(/\/desk\/audit\?objectType=User&objectId=/);
  const trail = page.getByTestId("audit-events");
  for (const action of ["user.create", "user.invite", "user.invite_accepted", "auth.sign_in", "user.deactivate", "auth.sign_in_failed"] as const) {
    await expect(trail.locator(`[data-action="${action}"]`).first()).toContainText(actions[action]);
  }
});

test("an unknown or broken link says to ask the admin for a new one @phone", async ({ page }) => {
  for (const path of [`/invite/${"A".repeat(43)}`, "/reset/not-a-token"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: t.accept.invalidTitle })).toBeVisible();
    await expect(page.getByTestId("link-invalid")).toContainText(t.accept.invalidWhatToDo);
  }
});

test("an admin cannot take away their own admin role or deactivate themselves", async ({ page }) => {
  await signInAs(page, "admin");
  const admin = await e2eDb().user.findUniqueOrThrow({ where: { email: "admin@folio.local" } });
  await page.goto(`/desk/admin/users/${admin.id}`);
  await expect(page.getByTestId("user-roles").getByRole("checkbox", { name: messages.roles.admin, exact: true })).toBeDisabled();
  await expect(page.getByTestId("user-active")).toContainText(t.user.active.own);
});

test("the admin edits a paper's settings; a save over someone else's is refused and keeps what was typed", async ({ page, browser }) => {
  const db = e2eDb();
  const tag = suffix();
  const paper = await db.publication.create({ data: { slug: `admin-${tag}`, name: `设置测试报${tag}`, dateline: "测试讯", pageTemplate: [{ number: 1, name: "要闻" }, { number: 2, name: "综合" }] } });
  await signInAs(page, "admin");
  await page.goto(`/desk/admin/publications/${paper.id}`);
  const form = page.getByTestId("publication-form");
  await form.getByLabel(t.publications.fields.dateline, { exact: true }).fill("伊滨讯");
  await form.getByLabel(t.publications.fields.registrationLine, { exact: true }).fill("河南省连续性内部资料[审洛阳连]00018号");
  await form.getByText(t.publications.fields.proofRoundOption.replace("{count}", "二")).click();
  await form.getByRole("button", { name: t.publications.save }).click();
  await expect(form.getByRole("status")).toHaveText(t.publications.saved);
  await expect.poll(async () => (await db.publication.findUniqueOrThrow({ where: { id: paper.id } })).proofRounds).toBe(2);

  // Someone else saves meanwhile.
  const other = await browser.newPage();
  await signInAs(other, "admin");
  await other.goto(`/desk/admin/publications/${paper.id}`);
  await other.getByTestId("publication-form").getByLabel(t.publications.fields.hotline, { exact: true }).fill("0379-65190000");
  await other.getByTestId("publication-form").getByRole("button", { name: t.publications.save }).click();
  await expect(other.getByTestId("publication-form").getByRole("status")).toHaveText(t.publications.saved);
  await other.close();

  await form.getByLabel(t.publications.fields.printer, { exact: true }).fill("洛阳日报印务中心");
  await form.getByRole("button", { name: t.publications.save }).click();
  await expect(form.getByRole("alert")).toContainText(messages.refusals.publicationStale);
  await expect(form.getByLabel(t.publications.fields.printer, { exact: true })).toHaveValue("洛阳日报印务中心");
});

test("the admin merges a duplicate contributor into the one kept", async ({ page }) => {
  const db = e2eDb();
  const tag = suffix();
  const kept = await db.contributor.create({ data: { name: `张铁生${tag}` } });
  const duplicate = await db.contributor.create({ data: { name: `张铁生 ${tag}` } });
  await signInAs(page, "admin");
  await page.goto(`/desk/admin/contributors?q=${tag}`);
  await page.getByRole("radio", { name: `${t.contributors.keep}：${kept.name}` }).check();
  await page.getByRole("checkbox", { name: `${t.contributors.mergeThis}：${duplicate.name}` }).check();
  const bar = page.getByTestId("merge-bar");
  await bar.getByRole("button", { name: t.contributors.merge, exact: true }).click();
  await bar.getByRole("button", { name: t.contributors.confirmYes }).click();
  await expect(bar.getByRole("status")).toContainText(kept.name);
  await expect(page.locator(`[data-contributor="${duplicate.name}"]`)).toHaveCount(0);
  expect(await db.contributor.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({ mergedIntoId: kept.id });
});

test("every signed-in user sees their account and is told what a password needs @phone", async ({ page }) => {
  await signInAs(page, "reporter");
  await page.goto("/desk/account");
  await expect(page.getByRole("heading", { name: t.account.title })).toBeVisible();
  const form = page.getByTestId("change-password");
  await form.getByLabel(t.account.change.current).fill("folio-demo");
  await form.getByLabel(t.account.change.next, { exact: true }).fill("reporter-kettle-77");
  await form.getByLabel(t.account.change.confirm, { exact: true }).fill("reporter-kettle-77");
  await form.getByRole("button", { name: t.account.change.submit }).click();
  await expect(form.getByRole("alert")).toHaveText(messages.refusals.passwordPersonal);
  // Other roles do not see the administration.
  await page.goto("/desk/admin/users");
  await expect(page.getByRole("heading", { name: messages.errors.pageNotFound })).toBeVisible();
});

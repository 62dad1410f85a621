import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/domain/demo-accounts";
import { messages } from "../lib/i18n";

const t = messages.login;

test.describe("signing in and out", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${messages.roles[account.role]} signs in with the form, sees their workspace and signs out`, async ({ page }) => {
      await page.goto("/login");
      await page.getByLabel(t.email).fill(account.email);
      await page.getByLabel(t.password).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: t.submit, exact: true }).click();

      await expect(page).toHaveURL(/\/desk$/);
      await expect(page.getByTestId("signed-in-user")).toHaveText(account.name);
      await expect(page.locator(`[data-role="${account.role}"]`)).toHaveText(messages.roles[account.role]);
      await expect(page.locator("[data-section]").first()).toBeVisible();

      await page.getByRole("button", { name: messages.desk.signOut }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto("/desk");
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk/);
    });
  }

  test("a wrong password gets a clear message and keeps what was typed @phone", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(t.email).fill("editor@folio.local");
    await page.getByLabel(t.password).fill("not-the-password");
    await page.getByRole("button", { name: t.submit, exact: true }).click();

    // Next renders its own empty route announcer as an alert too.
    await expect(page.getByRole("alert").filter({ hasText: t.errors.invalid })).toBeVisible();
    await expect(page.getByLabel(t.email)).toHaveValue("editor@folio.local");
    await expect(page).toHaveURL(/\/login/);
  });

  test("anonymous visitors of the workspace are sent to sign in, and back afterwards @phone", async ({ page }) => {
    await page.goto("/desk?from=bookmark");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk%3Ffrom%3Dbookmark$/);

    await page.getByRole("button", { name: /chief@folio\.local/ }).click();
    await page.getByRole("button", { name: t.submit, exact: true }).click();
    await expect(page).toHaveURL(/\/desk\?from=bookmark$/);
  });

  test("the sign-in page lists the demo accounts", async ({ page }) => {
    await page.goto("/login");
    const demo = page.getByRole("region", { name: t.demo.title });
    for (const account of DEMO_ACCOUNTS) await expect(demo.getByText(account.email)).toBeVisible();
  });

  test("a crafted return address cannot send a user to another site", async ({ page }) => {
    await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await page.getByRole("button", { name: /desk@folio\.local/ }).click();
    await page.getByRole("button", { name: t.submit, exact: true }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/desk$/);
  });
});

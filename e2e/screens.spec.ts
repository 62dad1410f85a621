// Screenshots of every screen at laptop and phone size, for people to look
// at (test-results/screens). They assert only that the screen rendered.
import { expect, test } from "@playwright/test";
import { messages } from "../lib/i18n";
import { signInAs } from "./support/auth";

const shot = (name: string, project: string) => `test-results/screens/${name}-${project}.png`;

test.describe("screens @phone", () => {
  test("reader site front", async ({ page }, info) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("伊滨新闻");
    await page.screenshot({ path: shot("site-front", info.project.name), fullPage: true });
  });

  test("sign-in page", async ({ page }, info) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: messages.login.title })).toBeVisible();
    await page.screenshot({ path: shot("login", info.project.name), fullPage: true });
  });

  test("workspace home of the chief", async ({ page }, info) => {
    await signInAs(page, "chief");
    await page.goto("/desk");
    await expect(page.locator("[data-section]").first()).toBeVisible();
    await page.screenshot({ path: shot("desk-chief", info.project.name), fullPage: true });
  });
});

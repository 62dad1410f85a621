// Time to publish an 8-page issue, as the chief does it: the desk's issue page
// in Chromium, 立即发布 clicked, the panel showing 已发布 (the server action
// writes the snapshot of 64 articles and revalidates the reader site).
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../lib/chromium.ts";
import { messages } from "../../lib/i18n/index.ts";

export async function timePublish(origin: string, cookie: string, issueId: string): Promise<{ seconds: number | null; error?: string }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: origin });
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name!, value: value.join("="), url: origin };
      }),
    );
    const page = await context.newPage();
    await page.goto(`/desk/issues/${issueId}`);
    const panel = page.getByTestId("publish-panel");
    await panel.getByRole("button", { name: messages.issues.publish.now }).waitFor({ timeout: 30_000 });
    const started = performance.now();
    await panel.getByRole("button", { name: messages.issues.publish.now }).click();
    await page.locator('[data-testid="publish-panel"][data-status="published"]').waitFor({ timeout: 60_000 });
    return { seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return { seconds: null, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  } finally {
    await browser.close();
  }
}

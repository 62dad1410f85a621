import "server-only";
// The PDF of an issue (or one page of it): the server's own headless Chromium
// prints the print view (app/print/issues/[id]), which signs its way in with a
// short-lived print token. Fonts are the machine's (fonts-noto-cjk), never fetched.
import pLimit from "p-limit";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/chromium";
import { signPrintToken } from "./print-token";

const TIMEOUT_MS = 60_000;

// Each render starts a browser (~150 MB): at most two at a time per instance,
// the rest wait their turn instead of exhausting the machine.
const renders = pLimit(2);

export function renderIssuePdf(issueId: string, pageNumber?: number): Promise<Buffer> {
  return renders(() => render(issueId, pageNumber));
}

async function render(issueId: string, pageNumber?: number): Promise<Buffer> {
  const origin = process.env.FOLIO_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const url = new URL(`/print/issues/${encodeURIComponent(issueId)}`, origin);
  url.searchParams.set("token", signPrintToken(issueId));
  if (pageNumber !== undefined) url.searchParams.set("page", String(pageNumber));

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: TIMEOUT_MS,
  });
  try {
    // The print view is static HTML and CSS: nothing needs to run in it (nor, in
    // development, may the hot-reload client reload it under our feet).
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    const response = await page.goto(url.href, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`print view answered ${response?.status() ?? "nothing"}`);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

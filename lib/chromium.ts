// How Folio starts Chromium, for PDFs (lib/server/print) and for the end-to-end
// tests: Debian's build, as Playwright's own browser download cannot be had
// here, and without background networking, which floods a closed network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

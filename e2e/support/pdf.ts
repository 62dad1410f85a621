// The text of a PDF, page by page, as poppler's pdftotext lays it out
// (.ci/run installs poppler-utils): what a journey checks a printed page says.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function pdfText(buffer: Buffer): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "folio-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    await writeFile(file, buffer);
    const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
    // pdftotext ends every page with a form feed, the last one included.
    const pages = stdout.split("\f");
    if (pages.at(-1)?.trim() === "") pages.pop();
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

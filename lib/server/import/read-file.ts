// An uploaded or named file into the text the page parser reads: UTF-8,
// UTF-16 or GB18030 text (old archives are often GBK), Markdown, or .docx
// through mammoth. Anything else is refused with a reason the user can act on.
import mammoth from "mammoth";
import { AppError } from "@/lib/domain/errors";
import { docxToText, type DocxParagraph } from "@/lib/domain/import/docx-text";
import { looksBinary, MAX_INPUT_BYTES } from "@/lib/domain/import/parse-page";
import type { ImportFormat } from "./types";

export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

export interface ImportFile {
  text: string;
  format: ImportFormat;
  /** Said to the editor, e.g. that the file was read as GBK. */
  notes: string[];
}

const refuse = (reason: "importFileType" | "importFileEmpty" | "importFileTooLarge" | "importFileNotText" | "importDocxUnreadable", detail: string) =>
  new AppError("validation", detail, reason);

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .doc, .xls

function formatOf(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "txt" || extension === "text") return "text";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "docx") return "docx";
  return null;
}

/** Decodes text the way Chinese archives are saved; refuses what is not text. */
function decodeText(bytes: Uint8Array, notes: string[], gbkNote: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.includes(0)) throw refuse("importFileNotText", "NUL byte");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
      notes.push(gbkNote);
      return text;
    } catch {
      throw refuse("importFileNotText", "neither UTF-8 nor GB18030");
    }
  }
}

type MammothElement = { type: string; value?: string; children?: MammothElement[]; styleName?: string | null; alignment?: string | null; isBold?: boolean; fontSize?: number | null };

/** Every paragraph of the document, tables' cells included, in reading order. */
function paragraphsOf(element: MammothElement, out: DocxParagraph[] = []): DocxParagraph[] {
  if (element.type === "paragraph") {
    const runs: MammothElement[] = [];
    let text = "";
    const walk = (node: MammothElement) => {
      if (node.type === "run") runs.push(node);
      if (node.type === "text") text += node.value ?? "";
      else if (node.type === "tab") text += " ";
      else if (node.type === "break") text += "\n";
      node.children?.forEach(walk);
    };
    element.children?.forEach(walk);
    const sized = runs.filter((run) => (run.children ?? []).some((child) => child.type === "text" && child.value?.trim()));
    const sizes = sized.map((run) => run.fontSize ?? 0).filter((size) => size > 0);
    out.push({
      text,
      styleName: element.styleName ?? null,
      fontSize: sizes.length > 0 ? Math.max(...sizes) : null,
      bold: sized.length > 0 && sized.every((run) => run.isBold),
      centered: element.alignment === "center",
    });
    return out;
  }
  element.children?.forEach((child) => paragraphsOf(child, out));
  return out;
}

async function readDocx(bytes: Uint8Array): Promise<string> {
  if (!startsWith(bytes, ZIP)) throw refuse("importDocxUnreadable", "not a zip");
  let paragraphs: DocxParagraph[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Only the document model is read; the HTML is thrown away. Images are not converted.
        transformDocument: (document: MammothElement) => {
          paragraphs = paragraphsOf(document);
          return document;
        },
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      },
    );
  } catch (error) {
    throw refuse("importDocxUnreadable", error instanceof Error ? error.message.slice(0, 120) : "mammoth");
  }
  return docxToText(paragraphs);
}

/**
 * Reads a file for import. `gbkNote` is what to tell the editor when the
 * text was not UTF-8 but GB18030 (passed in so that this stays free of i18n).
 */
export async function readImportFile(fileName: string, bytes: Uint8Array, gbkNote: string): Promise<ImportFile> {
  const notes: string[] = [];
  if (bytes.byteLength === 0) throw refuse("importFileEmpty", "0 bytes");
  if (startsWith(bytes, OLE)) throw refuse("importFileType", "OLE (.doc)");
  const format = startsWith(bytes, ZIP) ? (formatOf(fileName) === "docx" ? "docx" : null) : formatOf(fileName);
  if (!format) throw refuse("importFileType", `extension of ${fileName.slice(-12)}`);
  if (bytes.byteLength > (format === "docx" ? MAX_DOCX_BYTES : MAX_INPUT_BYTES)) throw refuse("importFileTooLarge", `${bytes.byteLength} bytes`);
  const text = format === "docx" ? await readDocx(bytes) : decodeText(bytes, notes, gbkNote);
  if (text.replace(/^\uFEFF/u, "").trim() === "") throw refuse("importFileEmpty", "blank text");
  if (new TextEncoder().encode(text).byteLength > MAX_INPUT_BYTES) throw refuse("importFileTooLarge", "text over 2 MB");
  if (looksBinary(text)) throw refuse("importFileNotText", "control characters"); // a binary file renamed .txt
  return { text, format, notes };
}

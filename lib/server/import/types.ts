// What the import use cases hand to the desk and the command line.
import type { DraftProblem, ImportDraft } from "@/lib/domain/import/draft";
import type { ParsedMasthead } from "@/lib/domain/import/parse-page";

export type ImportFormat = "text" | "markdown" | "docx";
export type ImportBatchStatus = "pending" | "imported" | "undone";

/** Who imports: a signed-in user, or null for the command line. */
export type Importer = { id: string } | null;

/** Where a draft would land, for the review screen. */
export interface ImportTarget {
  /** An issue of the publication already holding this date or numbers, if any. */
  issue: { id: string; label: string; imported: boolean; pages: number[] } | null;
  /** 版名 the page takes when the draft leaves it empty (from the publication's template). */
  defaultPageName: string;
}

export interface ImportBatchView {
  id: string;
  status: ImportBatchStatus;
  fileName: string;
  format: ImportFormat;
  publication: { id: string; slug: string; name: string };
  draft: ImportDraft;
  masthead: ParsedMasthead;
  /** The parser's warnings when the file was read, and the checks of the draft as it is now (the 农历 against the date). */
  warnings: string[];
  /** What still has to be fixed before confirming (empty when it can be imported). */
  problems: DraftProblem[];
  target: ImportTarget;
  createdAt: string;
  createdBy: string | null;
  importedAt: string | null;
  undoneAt: string | null;
  undoneBy: string | null;
  /** Once imported: the issue and page it landed on. */
  landed: { issueId: string; pageNumber: number; deskUrl: string; readerUrl: string | null } | null;
}

export interface ImportBatchRow {
  id: string;
  status: ImportBatchStatus;
  fileName: string;
  publicationName: string;
  /** 2023-06-07 第10期 02版, when known. */
  label: string;
  articles: number;
  warnings: number;
  createdAt: string;
  createdBy: string | null;
}

export type ConfirmResult =
  | { ok: true; issueId: string; pageNumber: number; articleIds: string[] }
  | { ok: false; problems: DraftProblem[] };

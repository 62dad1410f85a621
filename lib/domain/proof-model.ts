// The page proof (大样) as data: what the live proof, the print page and the
// PDF all draw. Pure: the server loads the rows, this decides what goes where.
import type { BylineRole } from "./article-input";
import { formatBylines } from "./bylines";
import { boxCapacity, fitOf, type Box, type Fit, type Headings } from "./copy-fit";
import { countCharacters } from "./char-count";
import { formatChineseDate, formatWeekday, pageNumberLabel } from "./dates";
import { breakPoint, continuedFromLine, continuedOnLine, splitAt } from "./jumps";
import { formatLunarDate } from "./lunar";
import { pageGrid, type PageFormat, type PageGrid } from "./page-grid";

export interface ProofPublication {
  name: string;
  registrationLine: string | null;
  supervisor: string | null;
  sponsor: string | null;
  publisher: string | null;
  circulationNote: string | null;
  address: string | null;
  hotline: string | null;
  submissionEmail: string | null;
  printRun: number | null;
  distribution: string | null;
  printer: string | null;
}

export interface ProofArticle extends Headings {
  id: string;
  column: string | null;
  dateline: string | null;
  bodyText: string;
  bylines: { name: string; role: BylineRole }[];
  /** The photo its box prints (the box's own, else the body's first figure), on the first part only. */
  photo?: ProofPhoto | null;
}

/** A photo in a page box: the print rendition (already cropped), cut further to the box around its focal point. */
export interface ProofPhoto {
  mediaId: string;
  caption: string;
  credit: string;
  alt: string;
  /** Width / height of the print rendition. */
  aspect: number;
  /** CSS object-position: the focal point inside the crop. */
  objectPosition: string;
}

export interface ProofPlacementInput extends Box {
  id: string;
  columnStart: number;
  article: ProofArticle;
  /** This placement's part of a jumped article, and where the other part is. */
  jump: { part: "first" | "continuation"; otherPageNumber: number; breakAt: number } | null;
}

export interface ProofInput {
  format: PageFormat;
  publication: ProofPublication;
  issue: { date: Date; number: number; totalNumber: number };
  page: { number: number; name: string; pageEditor: string | null; layout: string | null; proofreader: string | null };
  placements: ProofPlacementInput[];
}

export type ProofHeader =
  | {
      kind: "masthead";
      paper: string;
      date: string;
      weekday: string;
      lunar: string;
      number: string;
      totalNumber: string;
      furniture: string[];
    }
  | { kind: "runningHead"; pageLabel: string; pageName: string; date: string; paper: string };

/** A paragraph of a box's text, and where it starts in the article's bodyText (code points). */
export interface ProofParagraph {
  text: string;
  offset: number;
}

export interface ProofBox extends Box {
  id: string;
  articleId: string;
  columnStart: number;
  column: string | null;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  /** A continuation repeats the headline small, above its 上接 line. */
  continuation: boolean;
  dateline: string | null;
  photo: ProofPhoto | null;
  /** Rows the photo and its caption take, under the headings. */
  photoRows: { image: number; caption: number };
  text: string;
  /** The text by paragraph, trimmed, each with its offset: proof marks point into the article by these. */
  paragraphs: ProofParagraph[];
  bylineLine: string | null;
  continuedOn: string | null;
  continuedFrom: string | null;
  fit: Fit;
}

export interface PageProof {
  format: PageFormat;
  grid: PageGrid;
  header: ProofHeader;
  pageLabel: string;
  credits: { pageEditor: string | null; layout: string | null; proofreader: string | null };
  boxes: ProofBox[];
}

/** Where the first part of a jumped article ends: at its box's capacity, near a sentence end. */
export function jumpBreak(format: PageFormat, firstPageNumber: number, box: Box, article: ProofArticle): number {
  const grid = pageGrid(format, firstPageNumber);
  const capacity = textCapacity(grid, box, article, { continuation: false, jumps: true });
  return breakPoint(article.bodyText, capacity);
}

const NO_PHOTO = { image: 0, caption: 0 };

/**
 * Rows a photo takes across the box's full width: its height at that width, at
 * most half the box (a taller photo is cut around its focal point), and its
 * caption line(s) set at body size.
 */
export function photoRows(grid: PageGrid, box: Box, photo: ProofPhoto | null | undefined): { image: number; caption: number } {
  if (!photo) return NO_PHOTO;
  const widthMm = box.columnSpan * grid.columnWidthMm + (box.columnSpan - 1) * grid.gutterMm;
  const natural = Math.ceil(widthMm / Math.max(0.2, photo.aspect) / grid.lineHeightMm);
  const image = Math.max(3, Math.min(natural, Math.floor(box.height / 2)));
  const captionText = [photo.caption, photo.credit].filter(Boolean).join("　");
  const caption = captionText ? Math.ceil(countCharacters(captionText) / Math.max(1, box.columnSpan * grid.charsPerColumnLine)) : 0;
  return { image, caption };
}

/** What a box holds of body text, after its headings and photo. */
function textCapacity(grid: PageGrid, box: Box, article: ProofArticle, part: { continuation: boolean; jumps: boolean }): number {
  const capacity = boxCapacity(grid, box, article, part);
  if (part.continuation || !article.photo) return capacity;
  const rows = photoRows(grid, box, article.photo);
  return Math.max(0, capacity - (rows.image + rows.caption) * box.columnSpan * grid.charsPerColumnLine);
}

export function buildPageProof(input: ProofInput): PageProof {
  const grid = pageGrid(input.format, input.page.number);
  const { date } = input.issue;
  const pageLabel = `${pageNumberLabel(input.page.number)}版`;
  const header: ProofHeader =
    input.page.number === 1
      ? {
          kind: "masthead",
          paper: input.publication.name,
          date: formatChineseDate(date),
          weekday: formatWeekday(date),
          lunar: formatLunarDate(date),
          number: `第${input.issue.number}期`,
          totalNumber: `总第${input.issue.totalNumber}期`,
          furniture: mastheadFurniture(input.publication),
        }
      : { kind: "runningHead", pageLabel, pageName: input.page.name, date: formatChineseDate(date), paper: input.publication.name };

  const boxes = input.placements.map((placement): ProofBox => {
    const { article, jump } = placement;
    const continuation = jump?.part === "continuation";
    const [first, rest] = jump ? splitAt(article.bodyText, jump.breakAt) : [article.bodyText, ""];
    const text = continuation ? rest : first;
    const capacity = textCapacity(grid, placement, article, { continuation, jumps: jump?.part === "first" });
    const photo = continuation ? null : (article.photo ?? null);
    return {
      id: placement.id,
      articleId: article.id,
      columnStart: placement.columnStart,
      columnSpan: placement.columnSpan,
      height: placement.height,
      headlineSize: placement.headlineSize,
      column: continuation ? null : article.column,
      kicker: continuation ? null : article.kicker,
      headline: article.headline,
      subheadline: continuation ? null : article.subheadline,
      continuation,
      dateline: continuation ? null : article.dateline,
      photo,
      photoRows: photoRows(grid, placement, photo),
      text,
      paragraphs: paragraphsOf(text, continuation ? jump!.breakAt : 0),
      // The byline closes the article: on its last part.
      bylineLine: jump?.part === "first" ? null : formatBylines(article.bylines) || null,
      continuedOn: jump?.part === "first" ? continuedOnLine(jump.otherPageNumber) : null,
      continuedFrom: continuation ? continuedFromLine(jump!.otherPageNumber) : null,
      fit: fitOf(capacity, countCharacters(text)),
    };
  });

  return {
    format: input.format,
    grid,
    header,
    pageLabel,
    credits: { pageEditor: input.page.pageEditor, layout: input.page.layout, proofreader: input.page.proofreader },
    boxes,
  };
}

/** 字数 on the proof: every box's headings and text, the denominator of 差错率. */
export function proofCharacters(proof: Pick<PageProof, "boxes">): number {
  return proof.boxes.reduce(
    (sum, box) => sum + countCharacters([box.kicker, box.continuation ? null : box.headline, box.subheadline, box.dateline, box.text].filter(Boolean).join("")),
    0,
  );
}

/** Non-empty lines, trimmed, with the offset of their first character in the article body. */
export function paragraphsOf(text: string, offset: number): ProofParagraph[] {
  const out: ProofParagraph[] = [];
  let at = offset;
  for (const line of text.split("\n")) {
    const chars = [...line];
    const lead = chars.length - [...line.trimStart()].length;
    const trimmed = line.trim();
    if (trimmed) out.push({ text: trimmed, offset: at + lead });
    at += chars.length + 1;
  }
  return out;
}

function mastheadFurniture(p: ProofPublication): string[] {
  const sponsor =
    p.supervisor && p.supervisor === p.sponsor
      ? `主管主办：${p.supervisor}`
      : [p.supervisor && `主管：${p.supervisor}`, p.sponsor && `主办：${p.sponsor}`].filter(Boolean).join("　");
  return [
    p.registrationLine,
    sponsor || null,
    p.publisher && `编辑出版：${p.publisher}`,
    p.circulationNote,
    p.address && `地址：${p.address}`,
    p.hotline && `新闻热线：${p.hotline}`,
    p.submissionEmail && `投稿邮箱：${p.submissionEmail}`,
    p.printRun && `印数：${p.printRun}份`,
    p.distribution && `发送对象：${p.distribution}`,
    p.printer && `印刷：${p.printer}`,
  ].filter((line): line is string => Boolean(line));
}

// The geometry of a printed page: its column grid, measured in body lines, and
// how many characters of body type a column line holds. The live proof, the
// PDF and copy-fit all read this one model, so they agree.

export const MM_PER_PT = 25.4 / 72;

export interface PageFormat {
  widthMm: number;
  heightMm: number;
  columns: number;
}

/** Type and margins of the page: 小五号 body (9 pt) on 1.5 lines, as district papers set it. */
export const TYPE = {
  bodyPt: 9,
  lineHeight: 1.5,
  marginTopMm: 15,
  marginSideMm: 14,
  marginBottomMm: 14,
  gutterMm: 4,
  /** The masthead of page 1, the 报眉 of the others, the credits line at the foot. */
  mastheadLines: 16,
  runningHeadLines: 3,
  creditsLines: 2,
} as const;

export interface PageGrid {
  columns: number;
  /** Lines of body type the placement area holds, top to bottom. */
  rows: number;
  headerRows: number;
  footerRows: number;
  lineHeightMm: number;
  columnWidthMm: number;
  gutterMm: number;
  charWidthMm: number;
  /** Characters of body type in one line of one column. */
  charsPerColumnLine: number;
  contentWidthMm: number;
  contentHeightMm: number;
}

export function pageGrid(format: PageFormat, pageNumber: number): PageGrid {
  const charWidthMm = TYPE.bodyPt * MM_PER_PT; // a CJK character is one em wide
  const lineHeightMm = charWidthMm * TYPE.lineHeight;
  const contentWidthMm = format.widthMm - 2 * TYPE.marginSideMm;
  const contentHeightMm = format.heightMm - TYPE.marginTopMm - TYPE.marginBottomMm;
  const columnWidthMm = (contentWidthMm - (format.columns - 1) * TYPE.gutterMm) / format.columns;
  const headerRows = pageNumber === 1 ? TYPE.mastheadLines : TYPE.runningHeadLines;
  const footerRows = TYPE.creditsLines;
  const totalRows = Math.floor(contentHeightMm / lineHeightMm);
  return {
    columns: format.columns,
    rows: totalRows - headerRows - footerRows,
    headerRows,
    footerRows,
    lineHeightMm,
    columnWidthMm,
    gutterMm: TYPE.gutterMm,
    charWidthMm,
    charsPerColumnLine: Math.floor(columnWidthMm / charWidthMm),
    contentWidthMm,
    contentHeightMm,
  };
}

/** The width of a box spanning `span` columns, gutters included. */
export function boxWidthMm(grid: PageGrid, span: number): number {
  return span * grid.columnWidthMm + (span - 1) * grid.gutterMm;
}

// Where each article sits on the reader site's page replica, as fractions of
// the page: the links laid over the replica (components/site/page-replica.tsx)
// need the boxes' places without measuring them in a browser.
//
// The proof (components/proof/page-proof.tsx) lets CSS grid place the boxes:
// each box has a fixed column and spans its height in body lines, and
// `grid-auto-flow: row dense` puts it in the topmost rows where its columns
// are free. This replays that placement, so it must follow the proof's CSS.
import { TYPE } from "./page-grid";
import type { PageProof } from "./proof-model";

/** A box's region in percent of the page's width and height. */
export interface ReplicaRegion {
  boxId: string;
  articleId: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The grid row (0-based, in body lines) where each box starts, in the proof's order. */
export function placeBoxes(columns: number, boxes: readonly { columnStart: number; columnSpan: number; height: number }[]): number[] {
  // taken[row] is a bitmap of the columns in use on that row; rows grow as needed (the implicit grid).
  const taken: boolean[][] = [];
  const free = (row: number, from: number, span: number) => {
    for (let c = from; c < from + span; c++) if (taken[row]?.[c]) return false;
    return true;
  };
  return boxes.map((box) => {
    const from = Math.max(0, Math.min(columns - 1, box.columnStart - 1));
    const span = Math.max(1, Math.min(box.columnSpan, columns - from));
    const height = Math.max(1, box.height);
    let row = 0;
    for (;;) {
      let fits = true;
      for (let r = row; r < row + height; r++) {
        if (!free(r, from, span)) {
          fits = false;
          break;
        }
      }
      if (fits) break;
      row++;
    }
    for (let r = row; r < row + height; r++) {
      taken[r] ??= [];
      for (let c = from; c < from + span; c++) taken[r]![c] = true;
    }
    return row;
  });
}

/** Every box's region on the page, cut where the page's placement area ends; boxes wholly past it are left out. */
export function replicaRegions(proof: Pick<PageProof, "format" | "grid" | "boxes">): ReplicaRegion[] {
  const { format, grid, boxes } = proof;
  const rows = placeBoxes(grid.columns, boxes);
  const gridTopMm = TYPE.marginTopMm + grid.headerRows * grid.lineHeightMm;
  const pitch = grid.columnWidthMm + grid.gutterMm;
  const regions: ReplicaRegion[] = [];
  boxes.forEach((box, index) => {
    const firstRow = rows[index]!;
    const lastRow = Math.min(firstRow + Math.max(1, box.height), grid.rows);
    if (firstRow >= grid.rows) return;
    const span = Math.min(box.columnSpan, grid.columns - box.columnStart + 1);
    const leftMm = TYPE.marginSideMm + (box.columnStart - 1) * pitch;
    const widthMm = span * pitch - grid.gutterMm;
    regions.push({
      boxId: box.id,
      articleId: box.articleId,
      left: percent(leftMm, format.widthMm),
      top: percent(gridTopMm + firstRow * grid.lineHeightMm, format.heightMm),
      width: percent(widthMm, format.widthMm),
      height: percent((lastRow - firstRow) * grid.lineHeightMm, format.heightMm),
    });
  });
  return regions;
}

function percent(part: number, whole: number): number {
  return Math.round((part / whole) * 100_000) / 1000;
}

import { describe, expect, it } from "vitest";
import { pageGrid, TYPE } from "./page-grid";
import { placeBoxes, replicaRegions } from "./reader-replica";

const format = { widthMm: 380, heightMm: 530, columns: 8 };
const box = (id: string, columnStart: number, columnSpan: number, height: number) => ({ id, articleId: `a-${id}`, columnStart, columnSpan, height });

describe("placeBoxes", () => {
  it("stacks boxes in their columns, each in the topmost free rows (grid-auto-flow: row dense)", () => {
    // The demo's front page: a lead over five columns, two stories beside it, three below.
    const rows = placeBoxes(8, [box("lead", 1, 5, 34), box("b", 6, 3, 26), box("c", 6, 3, 26), box("d", 1, 3, 26), box("e", 4, 3, 26), box("f", 1, 3, 26)]);
    // e spans columns 4–6: column 6 is taken by c down to row 52.
    expect(rows).toEqual([0, 0, 26, 34, 52, 60]);
  });

  it("fills a hole above an earlier box when the columns are free there (dense)", () => {
    expect(placeBoxes(4, [box("a", 1, 2, 10), box("b", 1, 4, 5), box("c", 3, 2, 3)])).toEqual([0, 10, 0]);
  });

  it("keeps a box inside the grid when its columns run past the edge", () => {
    expect(placeBoxes(4, [box("a", 4, 3, 2), box("b", 4, 1, 2)])).toEqual([0, 2]);
  });
});

describe("replicaRegions", () => {
  const grid = pageGrid(format, 2);
  const gridTop = TYPE.marginTopMm + grid.headerRows * grid.lineHeightMm;

  it("gives each box its place in percent of the page", () => {
    const [lead, side] = replicaRegions({ format, grid, boxes: [box("lead", 1, 5, 34), box("side", 6, 3, 26)] as never });
    expect(lead).toMatchObject({ boxId: "lead", articleId: "a-lead" });
    expect(lead!.left).toBeCloseTo((TYPE.marginSideMm / 380) * 100, 2);
    expect(lead!.top).toBeCloseTo((gridTop / 530) * 100, 2);
    expect(lead!.width).toBeCloseTo(((5 * grid.columnWidthMm + 4 * grid.gutterMm) / 380) * 100, 2);
    expect(lead!.height).toBeCloseTo(((34 * grid.lineHeightMm) / 530) * 100, 2);
    // The side box starts after five columns and five gutters, and ends at the right margin.
    expect(side!.left + side!.width).toBeCloseTo(((380 - TYPE.marginSideMm) / 380) * 100, 2);
  });

  it("cuts a box at the foot of the placement area and leaves out a box wholly past it", () => {
    const regions = replicaRegions({ format, grid, boxes: [box("tall", 1, 8, grid.rows - 4), box("over", 1, 8, 10), box("past", 1, 8, 5)] as never });
    expect(regions.map((r) => r.boxId)).toEqual(["tall", "over"]);
    const over = regions[1]!;
    expect(over.top + over.height).toBeCloseTo(((gridTop + grid.rows * grid.lineHeightMm) / 530) * 100, 2);
  });
});

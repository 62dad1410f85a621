import { describe, expect, it } from "vitest";
import { bodyPlainText } from "@/lib/richtext/plain-text";
import { parseArticleBody } from "@/lib/richtext/validate";
import { pageGrid } from "../page-grid";
import { contributorKind, importedBody, importedBoxes, landingOf, sameStory, type ExistingIssue } from "./landing";

const issue = { date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: null };
const existing = (over: Partial<ExistingIssue> = {}): ExistingIssue => ({
  id: "i1", date: "2023-06-07", number: 10, totalNumber: 255, imported: true, status: "locked", pages: [1], ...over,
});

describe("where an imported page lands", () => {
  it("makes a new issue, or joins the imported one with the same date and numbers", () => {
    expect(landingOf(issue, 2, [])).toEqual({ ok: true, issueId: null });
    expect(landingOf(issue, 2, [existing()])).toEqual({ ok: true, issueId: "i1" });
  });

  it("refuses a taken page, a Folio-made or published issue, and numbers that disagree", () => {
    expect(landingOf(issue, 1, [existing()])).toEqual({ ok: false, refusal: "importPageTaken" });
    expect(landingOf(issue, 2, [existing({ imported: false })])).toEqual({ ok: false, refusal: "importIssueNotImported" });
    expect(landingOf(issue, 2, [existing({ status: "published" })])).toEqual({ ok: false, refusal: "importIssuePublished" });
    expect(landingOf(issue, 2, [existing({ totalNumber: 254 })])).toEqual({ ok: false, refusal: "importIssueMismatch" });
    expect(landingOf(issue, 2, [existing(), existing({ id: "i2" })])).toEqual({ ok: false, refusal: "importIssueMismatch" });
  });
});

describe("imported articles", () => {
  it("become bodies the editor accepts, sub-heads as 小标题", () => {
    const body = importedBody([{ text: "第一段。", subhead: false }, { text: "一、抓项目", subhead: true }, { text: "第二段。", subhead: false }]);
    expect(parseArticleBody(body).ok).toBe(true);
    expect(body.content?.[1]).toMatchObject({ type: "heading", attrs: { level: 3 } });
    expect(bodyPlainText(body)).toBe("第一段。\n一、抓项目\n第二段。");
  });

  it("credit units as units and people as people", () => {
    expect(["巡察室", "区公安分局", "伊滨区融媒体中心", "诸葛镇"].map(contributorKind)).toEqual(["unit", "unit", "unit", "unit"]);
    expect(["郭学锋", "董浩", "欧阳娜娜", "买买提·艾力", "张宇欢"].map(contributorKind)).toEqual(["person", "person", "person", "person", "person"]);
  });

  it("know a continuation by its headline, however it was broken or shortened", () => {
    expect(sameStory("全国国企年度盘点榜单展现\"洛阳力量\"", "全国国企年度盘点榜单 展现“洛阳力量”")).toBe(true);
    expect(sameStory("全国国企年度盘点榜单展现洛阳力量", "年度盘点榜单")).toBe(true);
    expect(sameStory("全国国企年度盘点", "樊灿涛调研邻里中心建设")).toBe(false);
    expect(sameStory("", "")).toBe(false);
  });

  it("get boxes on the page's grid, side by side, tall enough for their text", () => {
    const grid = pageGrid({ widthMm: 380, heightMm: 530, columns: 8 }, 2);
    const boxes = importedBoxes([
      { kicker: null, headline: "头条", subheadline: null, chars: 1500 },
      { kicker: null, headline: "二条", subheadline: null, chars: 600 },
      { kicker: null, headline: "三条", subheadline: null, chars: 100_000 },
    ], grid);
    expect(boxes[0]).toMatchObject({ columnStart: 1, columnSpan: 4 });
    expect(boxes[1]!.columnStart).toBe(5);
    for (const box of boxes) {
      expect(box.columnStart + box.columnSpan - 1).toBeLessThanOrEqual(8);
      expect(box.height).toBeLessThanOrEqual(grid.rows);
    }
    expect(boxes[0]!.height).toBeGreaterThan(boxes[1]!.height);
  });
});

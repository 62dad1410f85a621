import { describe, expect, it } from "vitest";
import type { DraftArticle } from "./draft";
import { draftOf, emptyArticle, keyed, mergeIntoPrevious, move, problemsByPath, remove } from "./draft-edits";

const article = (headline: string, over: Partial<DraftArticle> = {}): DraftArticle => ({
  ...emptyArticle(), headline, paragraphs: [{ text: `${headline}的正文。`, subhead: false }], ...over,
});

describe("the review form's edits", () => {
  it("merge a sub-head taken for a headline back into the article before it", () => {
    const items = [
      keyed(article("樊灿涛主持召开党工委扩大会议", { bylines: [{ name: "张晓晨", role: null }], jumpTo: null })),
      keyed(article("抓项目促发展", { kicker: "一、", bylines: [{ name: "张晓晨", role: null }, { name: "董浩", role: "reporter" }], jumpTo: 2 })),
      keyed(article("另一篇")),
    ];
    const merged = mergeIntoPrevious(items, 1);
    expect(merged).toHaveLength(2);
    expect(merged[0]!.key).toBe(items[0]!.key); // the card keeps its inputs
    expect(merged[0]!.article.paragraphs).toEqual([
      { text: "樊灿涛主持召开党工委扩大会议的正文。", subhead: false },
      { text: "一、 抓项目促发展", subhead: true },
      { text: "抓项目促发展的正文。", subhead: false },
    ]);
    expect(merged[0]!.article.bylines.map((b) => b.name)).toEqual(["张晓晨", "董浩"]);
    expect(merged[0]!.article.jumpTo).toBe(2);
    expect(mergeIntoPrevious(items, 0)).toBe(items);
  });

  it("move and remove articles, and leave the list alone at its ends", () => {
    const items = [keyed(article("一")), keyed(article("二"))];
    expect(move(items, 0, 1).map((i) => i.article.headline)).toEqual(["二", "一"]);
    expect(move(items, 0, -1)).toBe(items);
    expect(remove(items, 0).map((i) => i.article.headline)).toEqual(["二"]);
    const draft = draftOf({ date: null, number: null, totalNumber: null, lunarDate: null }, { number: 2, name: null, pageEditor: null, layout: null, proofreader: null }, items);
    expect(draft.articles.map((a) => a.headline)).toEqual(["一", "二"]);
  });

  it("group problems by the field they belong to", () => {
    const grouped = problemsByPath([{ path: "issue.date", message: "甲" }, { path: "issue.date", message: "乙" }, { path: "page.number", message: "丙" }]);
    expect(grouped.get("issue.date")).toEqual(["甲", "乙"]);
    expect(grouped.get("page.number")).toEqual(["丙"]);
  });
});

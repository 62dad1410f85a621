import { describe, expect, it } from "vitest";
import { buildPageProof, jumpBreak, paragraphsOf, type ProofInput } from "./proof-model";

const format = { widthMm: 380, heightMm: 530, columns: 8 };
const publication = {
  name: "伊滨新闻", registrationLine: "河南省连续性内部资料[审洛阳连]00018号", supervisor: "洛阳伊滨区管委会", sponsor: "洛阳伊滨区管委会",
  publisher: "区融媒体中心", circulationNote: "内部资料 免费交流", address: null, hotline: "0379-1234", submissionEmail: null,
  printRun: 5000, distribution: null, printer: null,
};
const article = (headline: string, bodyText: string) => ({
  id: "a1", kicker: null, headline, subheadline: null, column: null, dateline: "伊滨讯 5月29日", bodyText,
  bylines: [{ name: "郭学锋", role: "author" as const }, { name: "张若含", role: "author" as const }],
});
const input = (pageNumber: number, placements: ProofInput["placements"]): ProofInput => ({
  format, publication,
  issue: { date: new Date("2023-06-07T00:00:00Z"), number: 10, totalNumber: 255 },
  page: { number: pageNumber, name: pageNumber === 1 ? "要闻" : "综合", pageEditor: "王磊", layout: "赵敏", proofreader: "孙悦" },
  placements,
});

describe("page proof", () => {
  it("puts the full masthead on page 1, computed lunar date included", () => {
    const proof = buildPageProof(input(1, []));
    expect(proof.header).toMatchObject({ kind: "masthead", paper: "伊滨新闻", date: "2023年6月7日", lunar: "癸卯年四月二十", number: "第10期", totalNumber: "总第255期" });
    if (proof.header.kind !== "masthead") return;
    expect(proof.header.furniture).toEqual([
      "河南省连续性内部资料[审洛阳连]00018号", "主管主办：洛阳伊滨区管委会", "编辑出版：区融媒体中心", "内部资料 免费交流", "新闻热线：0379-1234", "印数：5000份",
    ]);
  });

  it("puts the 报眉 on other pages, and the credits on every page", () => {
    const proof = buildPageProof(input(2, []));
    expect(proof.header).toEqual({ kind: "runningHead", pageLabel: "02版", pageName: "综合", date: "2023年6月7日", paper: "伊滨新闻" });
    expect(proof.credits).toEqual({ pageEditor: "王磊", layout: "赵敏", proofreader: "孙悦" });
  });

  it("splits a jumped article between its parts, with both jump lines and the byline at the end", () => {
    const text = "塔吊林立、车辆穿梭、机器轰鸣。".repeat(120);
    const box = { id: "p1", columnStart: 1, columnSpan: 2, height: 20, headlineSize: 28 };
    const breakAt = jumpBreak(format, 1, box, article("中州时代建设正酣", text));
    const first = buildPageProof(input(1, [{ ...box, article: article("中州时代建设正酣", text), jump: { part: "first", otherPageNumber: 2, breakAt } }])).boxes[0]!;
    const rest = buildPageProof(input(2, [{ ...box, id: "p2", article: article("中州时代建设正酣", text), jump: { part: "continuation", otherPageNumber: 1, breakAt } }])).boxes[0]!;

    expect(first.continuedOn).toBe("下转第02版");
    expect(first.bylineLine).toBeNull();
    expect(rest.continuedFrom).toBe("（上接第01版）");
    expect(rest.bylineLine).toBe("（郭学锋 张若含）");
    expect(first.text + rest.text).toBe(text);
    expect(first.text.endsWith("。")).toBe(true);
    expect(first.fit.over).toBe(0);
  });

  it("reports how far a box's text is over", () => {
    const box = { id: "p", columnStart: 1, columnSpan: 2, height: 10, headlineSize: 28, jump: null };
    const [fitted] = buildPageProof(input(2, [{ ...box, article: article("短", "字".repeat(500)) }])).boxes;
    expect(fitted!.fit.over).toBe(500 - fitted!.fit.capacity);
  });

  it("gives every paragraph its offset in the article body, so a mark on the proof points into the article", () => {
    const body = "　第一段。\n\n  第二段𠀀。\n第三段";
    const paragraphs = paragraphsOf(body, 0);
    expect(paragraphs).toEqual([
      { text: "第一段。", offset: 1 },
      { text: "第二段𠀀。", offset: 9 },
      { text: "第三段", offset: 15 },
    ]);
    for (const { text, offset } of paragraphs) expect([...body].slice(offset, offset + [...text].length).join("")).toBe(text);
  });

  it("offsets a continuation's paragraphs by where the first part breaks", () => {
    const text = "塔吊林立、车辆穿梭。\n机器轰鸣。".repeat(80);
    const box = { id: "p2", columnStart: 1, columnSpan: 2, height: 20, headlineSize: 28 };
    const [rest] = buildPageProof(input(2, [{ ...box, article: article("题", text), jump: { part: "continuation", otherPageNumber: 1, breakAt: 105 } }])).boxes;
    const first = rest!.paragraphs[0]!;
    expect([...text].slice(first.offset, first.offset + [...first.text].length).join("")).toBe(first.text);
    expect(first.offset).toBeGreaterThanOrEqual(105);
  });
});

describe("a photo in a page box", () => {
  const photo = { mediaId: "m1", caption: "项目建设现场", credit: "张铁生 摄", alt: "工地", aspect: 3 / 2, objectPosition: "50% 40%" };
  const box = { id: "p1", columnStart: 1, columnSpan: 4, height: 60, headlineSize: 28 };

  it("takes rows under the headings, and the text fits around it", () => {
    const text = "伊滨讯 邻里中心项目建设正酣。".repeat(40);
    const plain = buildPageProof(input(2, [{ ...box, article: article("邻里中心项目建设正酣", text), jump: null }])).boxes[0]!;
    const withPhoto = buildPageProof(input(2, [{ ...box, article: { ...article("邻里中心项目建设正酣", text), photo }, jump: null }])).boxes[0]!;
    expect(plain.photo).toBeNull();
    expect(withPhoto.photo).toEqual(photo);
    expect(withPhoto.photoRows.image).toBeGreaterThan(3);
    expect(withPhoto.photoRows.image).toBeLessThanOrEqual(30); // at most half the box
    expect(withPhoto.photoRows.caption).toBe(1);
    // Every row the photo takes, across the box's 4 columns, is text the box no longer holds.
    expect((plain.fit.capacity - withPhoto.fit.capacity) % ((withPhoto.photoRows.image + withPhoto.photoRows.caption) * 4)).toBe(0);
    expect(withPhoto.fit.capacity).toBeLessThan(plain.fit.capacity);
  });

  it("is not printed again on a jump's continuation", () => {
    const text = "伊滨讯 邻里中心项目建设正酣。".repeat(80);
    const proof = buildPageProof(input(2, [{ ...box, article: { ...article("邻里中心", text), photo }, jump: { part: "continuation", otherPageNumber: 1, breakAt: 100 } }]));
    expect(proof.boxes[0]!.photo).toBeNull();
    expect(proof.boxes[0]!.photoRows).toEqual({ image: 0, caption: 0 });
  });
});

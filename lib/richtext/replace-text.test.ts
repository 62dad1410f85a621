import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import { bodyPlainText } from "./plain-text";
import { replaceBodyText } from "./replace-text";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const bold = [{ type: "bold" }];

/** Applies the replacement, and checks it against the same edit on the plain text. */
function replaced(body: JSONContent, from: number, to: number, replacement: string) {
  const result = replaceBodyText(body, from, to, replacement);
  if (!result.ok) throw new Error(result.reason);
  const plain = [...bodyPlainText(body)];
  expect(bodyPlainText(result.doc)).toBe([...plain.slice(0, from), replacement, ...plain.slice(to)].join(""));
  return result.doc;
}

describe("replaceBodyText", () => {
  it("replaces a character inside one text node (错字)", () => {
    const body = doc(paragraph(text("伊滨区召开推进会,部署工作。")));
    expect(replaced(body, 8, 9, "，")).toEqual(doc(paragraph(text("伊滨区召开推进会，部署工作。"))));
  });

  it("counts offsets in code points and across paragraphs joined by a newline", () => {
    const body = doc(paragraph(text("第一段")), paragraph(text("𠀀第二段的的内容")));
    // plain: 第一段\n𠀀第二段的的内容 → 的的 at 8..10
    expect(bodyPlainText(replaced(body, 8, 10, "的"))).toBe("第一段\n𠀀第二段的内容");
  });

  it("skips empty paragraphs as the plain text does", () => {
    const body = doc(paragraph(text("甲")), paragraph(), paragraph(text("乙丙")));
    expect(bodyPlainText(replaced(body, 3, 4, "丁"))).toBe("甲\n乙丁");
  });

  it("deletes (多字) and inserts (漏字)", () => {
    const body = doc(paragraph(text("全面面推进")));
    expect(bodyPlainText(replaced(body, 2, 3, ""))).toBe("全面推进");
    expect(bodyPlainText(replaced(doc(paragraph(text("全推进"))), 1, 1, "面"))).toBe("全面推进");
  });

  it("keeps the marks of the node the replacement starts in, and drops emptied nodes", () => {
    const body = doc(paragraph(text("记者"), text("郭学锋", bold), text("报道")));
    expect(replaced(body, 2, 5, "郭雪峰")).toEqual(doc(paragraph(text("记者"), text("郭雪峰", bold), text("报道"))));
    expect(replaced(body, 1, 6, "X")).toEqual(doc(paragraph(text("记X"), text("道"))));
  });

  it("corrects a figure caption, which the plain text carries as its own line", () => {
    const body = doc(paragraph(text("正文")), { type: "figure", attrs: { src: "/media/a", caption: "图为施工现场" } });
    const out = replaced(body, 5, 7, "工地");
    expect(out.content?.[1]?.attrs?.caption).toBe("图为工地现场");
  });

  it("refuses a range across paragraphs or a hard break, and one past the end", () => {
    const body = doc(paragraph(text("甲乙")), paragraph(text("丙丁", undefined), { type: "hardBreak" }, text("戊")));
    expect(replaceBodyText(body, 1, 4, "x")).toEqual({ ok: false, reason: "spansParagraphs" });
    expect(replaceBodyText(body, 4, 7, "x")).toEqual({ ok: false, reason: "spansParagraphs" });
    expect(replaceBodyText(body, 0, 99, "x")).toEqual({ ok: false, reason: "outOfRange" });
  });

  it("leaves the input document untouched", () => {
    const body = doc(paragraph(text("伊滨")));
    replaceBodyText(body, 0, 1, "洛");
    expect(body).toEqual(doc(paragraph(text("伊滨"))));
  });
});

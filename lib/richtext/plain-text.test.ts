import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { bodyPlainText } from "./plain-text";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, marks });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const item = (value: string): JSONContent => ({ type: "listItem", content: [paragraph(text(value))] });

describe("bodyPlainText", () => {
  it("puts each block of an article on its own line", () => {
    const doc: JSONContent = {
      type: "doc",
      content: [
        paragraph(text("伊滨讯 5月29日，"), text("记者", [{ type: "bold" }]), text("从区住建局获悉。")),
        { type: "heading", attrs: { level: 3 }, content: [text("项目建设跑出加速度")] },
        { type: "bulletList", content: [item("一期已完工"), item("二期在建")] },
        { type: "orderedList", content: [item("第一条")] },
        { type: "blockquote", content: [paragraph(text("引语"))] },
        { type: "boxedText", content: [paragraph(text("相关链接")), paragraph(text("第二段"))] },
        { type: "figure", attrs: { src: "/media/a.jpg", caption: "项目开工现场", credit: "张铁生 摄" } },
        paragraph(text("（阮现武 董浩）")),
      ],
    };
    expect(bodyPlainText(doc)).toBe(
      [
        "伊滨讯 5月29日，记者从区住建局获悉。",
        "项目建设跑出加速度",
        "一期已完工",
        "二期在建",
        "第一条",
        "引语",
        "相关链接",
        "第二段",
        "项目开工现场",
        "（阮现武 董浩）",
      ].join("\n"),
    );
  });

  it("turns a hard break into a line break", () => {
    const doc: JSONContent = { type: "doc", content: [paragraph(text("地址：伊滨区"), { type: "hardBreak" }, text("电话：12345"))] };
    expect(bodyPlainText(doc)).toBe("地址：伊滨区\n电话：12345");
  });

  it("leaves out empty paragraphs and captionless figures, with no trailing newline", () => {
    const doc: JSONContent = {
      type: "doc",
      content: [
        paragraph(text("正文")),
        { type: "paragraph" },
        { type: "figure", attrs: { src: "/media/a.jpg", caption: "" } },
        { type: "paragraph" },
      ],
    };
    expect(bodyPlainText(doc)).toBe("正文");
  });

  it("is empty for an empty document", () => {
    expect(bodyPlainText({ type: "doc", content: [{ type: "paragraph" }] })).toBe("");
    expect(bodyPlainText({ type: "doc" })).toBe("");
  });
});

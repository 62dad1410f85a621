import { describe, expect, it } from "vitest";
import { docxToText, type DocxParagraph } from "./docx-text";

const p = (text: string, over: Partial<DocxParagraph> = {}): DocxParagraph => ({ text, styleName: null, fontSize: 10.5, bold: false, centered: false, ...over });
const body = "伊滨讯 8月22日，区政协工委组织召开专题协商议政座谈会，区政协工委主任马少军出席会议并讲话，会议围绕文明创建展开。";

describe("a Word file's paragraphs as the parser reads them", () => {
  it("turns heading styles into Markdown headings", () => {
    expect(docxToText([p("区政协工委组织召开 专题协商议政会", { styleName: "Heading 1" }), p(body)])).toBe(`## 区政协工委组织召开 专题协商议政会\n\n${body}`);
    expect(docxToText([p("一把手访谈", { styleName: "标题 3" }), p(body)]).startsWith("#### 一把手访谈")).toBe(true);
  });

  it("reads headlines from size against the body's size, largest first", () => {
    const text = docxToText([p("加快重点项目建设", { fontSize: 14 }), p("中州时代建设正酣", { fontSize: 22 }), p(body), p(body), p("小标题", { bold: true, centered: true })]);
    expect(text.split("\n\n")).toEqual(["### 加快重点项目建设", "## 中州时代建设正酣", body, body, "### 小标题"]);
  });

  it("leaves long paragraphs as body text whatever their size, and empty ones as blank lines", () => {
    expect(docxToText([p(body, { fontSize: 22 }), p("  "), p(body), p(body)])).toBe([body, "", body, body].join("\n\n"));
  });
});

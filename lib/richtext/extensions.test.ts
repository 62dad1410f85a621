// @vitest-environment happy-dom
import { Editor, getSchema, type JSONContent } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { articleExtensions, isAllowedLinkHref } from "./extensions";
import { parseArticleBody } from "./validate";

const paragraph = (value: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text: value }] });

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function editorWith(...content: JSONContent[]): Editor {
  editor = new Editor({ extensions: articleExtensions, content: { type: "doc", content } });
  return editor;
}

function select(target: Editor, from: number, to: number): void {
  target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, from, to)));
}

function commentIdsAt(target: Editor, pos: number): string[] {
  const node = target.state.doc.nodeAt(pos);
  return (node?.marks ?? []).filter((mark) => mark.type.name === "comment").map((mark) => mark.attrs.commentId as string);
}

describe("articleExtensions", () => {
  it("has exactly the nodes and marks of a newspaper article", () => {
    const schema = getSchema(articleExtensions);
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ["blockquote", "boxedText", "bulletList", "doc", "figure", "hardBreak", "heading", "listItem", "orderedList", "paragraph", "text"],
    );
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "comment", "link"]);
  });

  it("wraps blocks in a box and lifts them out again", () => {
    const target = editorWith(paragraph("相关链接"));
    select(target, 2, 2);
    expect(target.commands.toggleBoxedText()).toBe(true);
    expect(target.getJSON().content?.[0]?.type).toBe("boxedText");
    expect(target.commands.toggleBoxedText()).toBe(true);
    expect(target.getJSON().content?.[0]?.type).toBe("paragraph");
  });

  it("inserts a figure, and refuses a picture from anywhere else", () => {
    const target = editorWith(paragraph("正文"));
    select(target, 3, 3);
    expect(target.commands.insertFigure({ src: "data:image/png;base64,AAAA" })).toBe(false);
    const attrs = { src: "/media/a.jpg", mediaId: "m1", alt: "开工", caption: "项目开工现场", credit: "张铁生 摄", width: 1600, height: 1200 };
    expect(target.commands.insertFigure(attrs)).toBe(true);
    const figure = target.getJSON().content?.find((node) => node.type === "figure");
    expect(figure?.attrs).toEqual(attrs);
    expect(parseArticleBody(target.getJSON()).ok).toBe(true);
    expect(target.getHTML()).toContain('<figcaption><span class="caption">项目开工现场</span><span class="credit">张铁生 摄</span></figcaption>');
  });

  it("anchors overlapping comments and removes one of them everywhere", () => {
    const target = editorWith(paragraph("一二三四五六"), paragraph("七八九"));
    select(target, 1, 5); // 一二三四
    expect(target.commands.setComment("c1")).toBe(true);
    select(target, 3, 7); // 三四五六
    expect(target.commands.setComment("c2")).toBe(true);
    select(target, 9, 11); // 七八
    expect(target.commands.setComment("c1")).toBe(true);

    expect(commentIdsAt(target, 1)).toEqual(["c1"]);
    expect(commentIdsAt(target, 3).sort()).toEqual(["c1", "c2"]);
    expect(commentIdsAt(target, 5)).toEqual(["c2"]);
    expect(commentIdsAt(target, 9)).toEqual(["c1"]);

    target.commands.unsetComment("c1");
    expect(commentIdsAt(target, 1)).toEqual([]);
    expect(commentIdsAt(target, 3)).toEqual(["c2"]);
    expect(commentIdsAt(target, 9)).toEqual([]);
    expect(parseArticleBody(target.getJSON()).ok).toBe(true);
  });

  it("refuses a comment on an empty selection", () => {
    const target = editorWith(paragraph("正文"));
    select(target, 2, 2);
    expect(target.commands.setComment("c1")).toBe(false);
  });

  it("does not stretch a comment when typing at its end", () => {
    const target = editorWith(paragraph("有争议"));
    select(target, 1, 4);
    target.commands.setComment("c1");
    select(target, 4, 4);
    target.commands.insertContent("的话");
    expect(commentIdsAt(target, 4)).toEqual([]);
  });

  it("marks the active comment's text for the stylesheet, without touching the document", () => {
    const target = editorWith(paragraph("一二三四"));
    select(target, 1, 3);
    target.commands.setComment("c1");
    const before = target.getJSON();
    target.commands.setActiveComment("c1");
    expect(target.view.dom.querySelector("[data-active]")?.textContent).toBe("一二");
    expect(target.getJSON()).toEqual(before);
    target.commands.setActiveComment(null);
    expect(target.view.dom.querySelector("[data-active]")).toBeNull();
  });

  it("makes only level-3 headings (小标题)", () => {
    const target = editorWith(paragraph("小标题"));
    select(target, 2, 2);
    target.commands.toggleHeading({ level: 3 });
    expect(target.getHTML()).toMatch(/^<h3>小标题<\/h3>/);
    expect(target.commands.toggleHeading({ level: 1 })).toBe(false);
  });

  it("links only to addresses the validator accepts", () => {
    const target = editorWith(paragraph("链接"));
    select(target, 1, 3);
    expect(target.commands.setLink({ href: "javascript:alert(1)" })).toBe(false);
    expect(target.commands.setLink({ href: "https://www.ybxw.gov.cn/" })).toBe(true);
    expect(target.getHTML()).toContain('href="https://www.ybxw.gov.cn/"');
    expect(target.getHTML()).toContain('rel="noopener noreferrer nofollow"');
    expect(parseArticleBody(target.getJSON()).ok).toBe(true);
  });

  it("autolinks a typed address with https, and nothing else", () => {
    const target = editorWith(paragraph("见"));
    select(target, 2, 2);
    target.commands.insertContent(" www.ybxw.gov.cn ");
    target.commands.insertContent("javascript:alert(1) ");
    target.commands.insertContent("ftp://files.example.cn ");
    const links = target.getJSON().content?.[0]?.content?.flatMap((node) => node.marks ?? []) ?? [];
    expect(links.map((mark) => mark.attrs?.href)).toEqual(["https://www.ybxw.gov.cn"]);
    expect(parseArticleBody(target.getJSON()).ok).toBe(true);
  });

  it("does not autolink an address run into Chinese text as a Chinese domain", () => {
    const target = editorWith(paragraph("详见"));
    select(target, 3, 3);
    target.commands.insertContent("www.ybxw.gov.cn ");
    const marks = target.getJSON().content?.[0]?.content?.flatMap((node) => node.marks ?? []) ?? [];
    expect(marks).toEqual([]);
  });

  it("has no italics, strike, underline, code or rules", () => {
    const target = editorWith(paragraph("正文"));
    const commands = target.commands as unknown as Record<string, unknown>;
    for (const name of ["toggleItalic", "toggleStrike", "toggleUnderline", "toggleCode", "toggleCodeBlock", "setHorizontalRule"]) {
      expect(commands[name], name).toBeUndefined();
    }
  });

  it("selects a figure as a whole", () => {
    const target = editorWith({ type: "figure", attrs: { src: "/media/a.jpg" } }, paragraph("正文"));
    target.view.dispatch(target.state.tr.setSelection(NodeSelection.create(target.state.doc, 0)));
    expect((target.state.selection as NodeSelection).node.type.name).toBe("figure");
  });
});

describe("isAllowedLinkHref", () => {
  it.each(["https://a.cn", "http://a.cn/x?y=1#z", "HTTPS://A.CN", "mailto:tougao@ybxw.cn", "/2023-06-07/01"])("allows %j", (href) => {
    expect(isAllowedLinkHref(href)).toBe(true);
  });
  it.each(["", "javascript:alert(1)", "//a.cn", "/\\a.cn", "https://", "mailto:", "a.cn", "ftp://a.cn", "https://a.cn/ x", "tel:123"])("refuses %j", (href) => {
    expect(isAllowedLinkHref(href)).toBe(false);
  });
});

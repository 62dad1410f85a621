import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { EMPTY_DOC, MAX_BODY_CHARS, parseArticleBody } from "./validate";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, marks });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const link = (href: string) => paragraph(text("链接", [{ type: "link", attrs: { href } }]));
const figure = (src: string): JSONContent => ({
  type: "figure",
  attrs: { src, mediaId: "m1", alt: "开工仪式", caption: "项目开工现场", credit: "张铁生 摄", width: 1600, height: 1067 },
});

function reasonOf(input: unknown): string {
  const result = parseArticleBody(input);
  if (result.ok) throw new Error("expected the body to be refused");
  return result.reason;
}

describe("parseArticleBody", () => {
  it("accepts every node and mark of an article", () => {
    const body = doc(
      { type: "heading", attrs: { level: 3 }, content: [text("项目建设跑出加速度")] },
      paragraph(
        text("伊滨讯 5月29日，", [{ type: "bold" }]),
        { type: "hardBreak" },
        text("记者从区住建局获悉", [{ type: "comment", attrs: { commentId: "c1" } }, { type: "comment", attrs: { commentId: "c2" } }]),
      ),
      { type: "blockquote", content: [paragraph(text("引语"))] },
      { type: "boxedText", content: [paragraph(text("相关链接"))] },
      figure("/media/2023/06/kaigong.jpg"),
      figure("/media/ab/a.jpg"),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("一项"))] }] },
      { type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("第一"))] }] },
      link("https://www.ybxw.gov.cn/a?b=1"),
      link("mailto:tougao@ybxw.cn"),
      link("/2023-06-07/01/3"),
    );
    const result = parseArticleBody(body);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    // Normalised: defaults filled in.
    expect(result.doc.content?.[4]?.attrs).toEqual({
      src: "/media/2023/06/kaigong.jpg",
      mediaId: "m1",
      alt: "开工仪式",
      caption: "项目开工现场",
      credit: "张铁生 摄",
      width: 1600,
      height: 1067,
    });
    expect(result.doc.content?.[8]?.content?.[0]?.marks?.[0]?.attrs).toMatchObject({
      href: "https://www.ybxw.gov.cn/a?b=1",
      rel: "noopener noreferrer nofollow",
    });
  });

  it("accepts the empty document", () => {
    expect(parseArticleBody(EMPTY_DOC)).toEqual({ ok: true, doc: EMPTY_DOC });
  });

  it("refuses a node the schema does not know", () => {
    expect(reasonOf(doc({ type: "script", content: [text("alert(1)")] }))).toMatch(/script/);
  });

  it("refuses a mark the schema does not know", () => {
    expect(reasonOf(doc(paragraph(text("斜体", [{ type: "italic" }]))))).toMatch(/italic/);
  });

  it("refuses an attribute the schema does not know", () => {
    const body = doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("段落")] });
    expect(reasonOf(body)).toMatch(/onclick/);
    const mark = doc(paragraph(text("链接", [{ type: "link", attrs: { href: "https://a.cn", onmouseover: "x" } }])));
    expect(reasonOf(mark)).toMatch(/onmouseover/);
  });

  it("refuses content the schema does not allow where it is", () => {
    expect(reasonOf(doc(text("裸文字")))).toMatch(/not an article body/);
    expect(reasonOf(doc({ type: "listItem", content: [paragraph(text("孤项"))] }))).toMatch(/not an article body/);
  });

  it("refuses attribute values of the wrong type", () => {
    const body = doc({ type: "figure", attrs: { src: "/media/a.jpg", caption: 42 } });
    expect(reasonOf(body)).toMatch(/caption/);
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example", "/\\evil.example", "vbscript:x", "ftp://files.example", "www.example.com"])(
    "refuses the link href %j",
    (href) => {
      expect(parseArticleBody(doc(link(href))).ok).toBe(false);
    },
  );

  it.each(["data:image/png;base64,AAAA", "javascript:alert(1)", "http://img.example.cn/a.jpg", "file:///C:/a.jpg", "//evil.example/a.jpg", "/uploads/a.jpg", "/media/../etc/passwd", "blob:https://a.cn/1", "https://img.example.cn/a.jpg"])(
    "refuses the figure src %j",
    (src) => {
      expect(reasonOf(doc(figure(src)))).toMatch(/figure src/);
    },
  );

  it("refuses headings other than 小标题", () => {
    expect(reasonOf(doc({ type: "heading", attrs: { level: 1 }, content: [text("大标题")] }))).toMatch(/level-3/);
  });

  it("refuses a top node other than doc", () => {
    expect(reasonOf(paragraph(text("段落")))).toMatch(/top node must be doc/);
  });

  it("refuses malformed shapes", () => {
    expect(reasonOf(null)).toMatch(/malformed/);
    expect(reasonOf("<p>html</p>")).toMatch(/malformed/);
    expect(reasonOf({ type: "doc", content: [{ type: "paragraph", attrs: { style: { color: "red" } } }] })).toMatch(/malformed/);
    expect(reasonOf({ type: "doc", content: [], extra: true })).toMatch(/malformed/);
    expect(reasonOf(undefined)).toMatch(/missing/);
  });

  it("refuses an oversize body", () => {
    const big = "字".repeat(MAX_BODY_CHARS);
    expect(reasonOf(doc(paragraph(text(big))))).toMatch(/larger than/);
  });

  it("refuses a body nested too deep, before recursing into it", () => {
    let node: JSONContent = paragraph(text("深"));
    for (let i = 0; i < 19; i += 1) node = { type: "blockquote", content: [node] };
    expect(reasonOf(doc(node))).toMatch(/deeper than/);

    let hostile: unknown = { type: "paragraph" };
    for (let i = 0; i < 100_000; i += 1) hostile = { type: "blockquote", content: [hostile] };
    expect(reasonOf(hostile)).toMatch(/larger than|deeper than|serializable/);
  });

  it("accepts nesting up to the limit", () => {
    let node: JSONContent = paragraph(text("深"));
    for (let i = 0; i < 16; i += 1) node = { type: "blockquote", content: [node] };
    expect(parseArticleBody(doc(node)).ok).toBe(true); // doc + 16 + paragraph + text = 19
  });
});

import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "./render";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, marks });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const linked = (href: string, extra: Record<string, unknown> = {}) =>
  doc(paragraph(text("点击", [{ type: "link", attrs: { href, ...extra } }])));
const figure = (attrs: Record<string, unknown>): JSONContent => doc({ type: "figure", attrs });

/**
 * Nothing that runs: no script tags, handlers, styles or script-bearing URLs.
 * Text and attribute values come out escaped, so every literal "<…>" is a tag.
 */
function expectInert(html: string): void {
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    expect(tag).not.toMatch(/^<\/?(script|style|iframe|object|embed|svg)/i);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/\sstyle\s*=/i);
    expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    expect(tag).not.toMatch(/(href|src)\s*=\s*"\/[\/\\]/i);
  }
}

describe("renderArticleHtml", () => {
  it("renders an article's nodes", () => {
    const html = renderArticleHtml(
      doc(
        { type: "heading", attrs: { level: 3 }, content: [text("小标题")] },
        paragraph(text("加粗", [{ type: "bold" }]), { type: "hardBreak" }, text("换行")),
        { type: "blockquote", content: [paragraph(text("引语"))] },
        { type: "boxedText", content: [paragraph(text("相关链接"))] },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("一项"))] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("第一"))] }] },
      ),
      "public",
    );
    expect(html).toBe(
      "<h3>小标题</h3><p><strong>加粗</strong><br />换行</p><blockquote><p>引语</p></blockquote>" +
        '<aside class="boxed-text"><p>相关链接</p></aside><ul><li><p>一项</p></li></ul>' +
        '<ol><li><p>第一</p></li></ol>',
    );
  });

  it("keeps where an ordered list starts", () => {
    const list = { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph(text("三"))] }] };
    expect(renderArticleHtml(doc(list), "public")).toBe('<ol start="3"><li><p>三</p></li></ol>');
  });

  it("renders a figure with its caption and credit", () => {
    const html = renderArticleHtml(
      figure({ src: "/media/2023/kaigong.jpg", mediaId: "m1", alt: "开工仪式", caption: "项目开工现场", credit: "张铁生 摄" }),
      "public",
    );
    expect(html).toBe(
      '<figure class="article-figure" data-media-id="m1"><img src="/media/2023/kaigong.jpg" alt="开工仪式" loading="lazy" />' +
        '<figcaption><span class="caption">项目开工现场</span><span class="credit">张铁生 摄</span></figcaption></figure>',
    );
  });

  it("gives a library photo its web renditions as srcset, with its size", () => {
    const html = renderArticleHtml(
      figure({ src: "/media/m1", mediaId: "m1", alt: "开工仪式", caption: "", credit: "张铁生 摄", width: 1600, height: 1067 }),
      "public",
    );
    expect(html).toContain('srcset="/media/m1/web800 800w, /media/m1/web1600 1600w"');
    expect(html).toContain('sizes="(max-width: 720px) 100vw, 680px"');
    expect(html).toContain('width="1600" height="1067"');
  });

  it("renders a figure without caption, and drops pictures from other sites", () => {
    const html = renderArticleHtml(figure({ src: "/media/a.jpg", alt: "" }), "public");
    expect(html).toBe('<figure class="article-figure"><img src="/media/a.jpg" alt="" loading="lazy" /></figure>');
    expect(renderArticleHtml(figure({ src: "https://img.example.cn/a.jpg", alt: "" }), "public")).not.toContain("<img");
  });

  it("escapes text that looks like markup", () => {
    const html = renderArticleHtml(doc(paragraph(text("<script>alert(1)</script><img src=x onerror=alert(1)>"))), "staff");
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>");
  });

  it("escapes markup in figure attributes", () => {
    const html = renderArticleHtml(
      figure({ src: "/media/a.jpg", alt: '"><script>alert(1)</script>', caption: "<b onmouseover=alert(1)>说明</b>", credit: "摄" }),
      "public",
    );
    expectInert(html);
    expect(html).toContain("&lt;b onmouseover=alert(1)&gt;说明&lt;/b&gt;");
  });

  it("keeps allowed links, with rel forced", () => {
    expect(renderArticleHtml(linked("https://www.ybxw.gov.cn/"), "public")).toBe(
      '<p><a href="https://www.ybxw.gov.cn/" target="_blank" rel="noopener noreferrer nofollow">点击</a></p>',
    );
    expect(renderArticleHtml(linked("/2023-06-07/01", { rel: "opener", target: null }), "public")).toBe(
      '<p><a href="/2023-06-07/01" rel="noopener noreferrer nofollow">点击</a></p>',
    );
    expect(renderArticleHtml(linked("mailto:tougao@ybxw.cn"), "public")).toContain('href="mailto:tougao@ybxw.cn"');
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example",
    "/\\evil.example",
    "www.evil.example",
  ])("renders the link href %j inert, keeping its text", (href) => {
    const html = renderArticleHtml(linked(href), "public");
    expectInert(html);
    expect(html).not.toContain("evil.example");
    expect(html).toContain("点击");
  });

  it("drops attributes a crafted body smuggles in", () => {
    const html = renderArticleHtml(
      doc(
        { type: "paragraph", attrs: { onclick: "alert(1)", style: "color:red" }, content: [text("段落")] },
        paragraph(text("链接", [{ type: "link", attrs: { href: "https://a.cn", class: "x", title: "t", onmouseover: "alert(1)" } }])),
      ),
      "staff",
    );
    expectInert(html);
    expect(html).toBe('<p>段落</p><p><a href="https://a.cn" target="_blank" rel="noopener noreferrer nofollow">链接</a></p>');
  });

  it.each(["javascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>", "http://img.example.cn/a.jpg", "//evil.example/a.jpg", "/uploads/a.jpg", "x\" onerror=\"alert(1)"])(
    "drops a picture whose src is %j",
    (src) => {
      const html = renderArticleHtml(figure({ src, alt: "图", caption: "说明", credit: "" }), "public");
      expectInert(html);
      expect(html).not.toContain("<img");
      expect(html).toContain("说明");
    },
  );

  it("shows comments to staff and only their text to readers", () => {
    const body = doc(
      paragraph(
        text("有"),
        text("争议", [{ type: "comment", attrs: { commentId: "c1" } }, { type: "comment", attrs: { commentId: "c2" } }]),
        text("的话"),
      ),
    );
    expect(renderArticleHtml(body, "staff")).toBe(
      '<p>有<span data-comment-id="c1" class="comment-mark"><span data-comment-id="c2" class="comment-mark">争议</span></span>的话</p>',
    );
    expect(renderArticleHtml(body, "public")).toBe("<p>有争议的话</p>");
  });
});

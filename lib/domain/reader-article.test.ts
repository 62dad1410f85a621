import { describe, expect, it } from "vitest";
import { readerBodyHtml } from "./reader-article";

describe("readerBodyHtml", () => {
  it("leads the first paragraph with the dateline in bold", () => {
    expect(readerBodyHtml("<p>区党工委副书记</p><p>次段</p>", { dateline: "伊滨讯 5月29日", separator: "　" })).toBe(
      '<p><strong class="reader-dateline">伊滨讯 5月29日</strong>　区党工委副书记</p><p>次段</p>',
    );
  });

  it("gives the dateline a paragraph of its own when the body does not open with one", () => {
    expect(readerBodyHtml("<h3>小标题</h3>", { dateline: "伊滨讯", separator: "　" })).toBe('<p><strong class="reader-dateline">伊滨讯</strong>　</p><h3>小标题</h3>');
  });

  it("escapes the dateline, and leaves the body alone without one", () => {
    expect(readerBodyHtml("<p>x</p>", { dateline: "<b>讯</b>", separator: "　" })).toContain("&#60;b&#62;讯&#60;/b&#62;");
    expect(readerBodyHtml("<p>x</p>", { dateline: null, separator: "　" })).toBe("<p>x</p>");
    expect(readerBodyHtml("<p>x</p>", { dateline: "  ", separator: "　" })).toBe("<p>x</p>");
  });

  it("decodes pictures asynchronously", () => {
    expect(readerBodyHtml('<figure class="article-figure"><img src="/media/m1" alt="a" loading="lazy"></figure>', { dateline: null, separator: "　" })).toBe(
      '<figure class="article-figure"><img decoding="async" src="/media/m1" alt="a" loading="lazy"></figure>',
    );
  });
});

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomXml, escapeXml, type AtomFeed } from "./atom";

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  id: "https://paper.example.org/yibin",
  title: "伊滨新闻 数字报",
  subtitle: "《伊滨新闻》最近各期的文章",
  selfUrl: "https://paper.example.org/yibin/feed.xml",
  siteUrl: "https://paper.example.org/yibin",
  author: "伊滨新闻",
  language: "zh-CN",
  generator: "Folio",
  updated: new Date("2023-06-07T00:00:00Z"),
  entries: [
    {
      id: "https://paper.example.org/yibin/2023-06-07/01/a1",
      title: "区党工委召开会议",
      url: "https://paper.example.org/yibin/2023-06-07/01/a1",
      updated: new Date("2023-06-08T16:00:00Z"),
      published: new Date("2023-06-07T00:00:00Z"),
      authors: ["郭学锋", "张若含"],
      summary: "研究部署重点工作",
      categories: ["伊滨时评"],
      html: '<p>伊滨讯 <a href="https://a.cn/?x=1&amp;y=2">详情</a></p>',
    },
  ],
  ...overrides,
});

describe("escapeXml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeXml(`<b title="x">R&D's</b>`)).toBe("&lt;b title=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/b&gt;");
  });

  it("drops characters XML 1.0 forbids, keeping tabs, newlines and astral characters", () => {
    expect(escapeXml("a\u0000b\u000bc\u001fd\ufffe\tE\n𠀋\ud800")).toBe("abcd\tE\n𠀋");
  });
});

describe("atomXml", () => {
  it("writes a well-formed Atom 1.0 feed with the required elements", () => {
    const xml = atomXml(feed());
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "author"].includes(name) }).parse(xml);
    const root = parsed.feed;
    expect(root["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(root.id).toBe("https://paper.example.org/yibin");
    expect(root.updated).toBe("2023-06-07T00:00:00.000Z");
    expect(root.link.map((l: Record<string, string>) => l["@_rel"])).toEqual(["self", "alternate"]);
    const entry = root.entry[0];
    expect(entry.title["#text"]).toBe("区党工委召开会议");
    expect(entry.updated).toBe("2023-06-08T16:00:00.000Z");
    expect(entry.author.map((a: { name: string }) => a.name)).toEqual(["郭学锋", "张若含"]);
    expect(entry.category["@_term"]).toBe("伊滨时评");
    // The HTML survives escaping as the same HTML.
    expect(entry.content["@_type"]).toBe("html");
    expect(xml).toContain("&lt;p&gt;伊滨讯 &lt;a href=&quot;https://a.cn/?x=1&amp;amp;y=2&quot;&gt;");
  });

  it("stays well-formed whatever the text holds", () => {
    const hostile = "]]> ]]> <![CDATA[ & \u0001 </content>";
    const xml = atomXml(feed({ title: hostile, entries: [{ ...feed().entries[0]!, title: hostile, html: hostile, authors: [hostile] }] }));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("\u0001");
  });

  it("leaves out what is absent: no entries, no subtitle, no summary", () => {
    const xml = atomXml(feed({ subtitle: undefined, entries: [{ ...feed().entries[0]!, summary: null, published: undefined, categories: [] }] }));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/<subtitle|<summary|<published|<category/);
    expect(XMLValidator.validate(atomXml(feed({ entries: [] })))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { excerpt, headlineParts, jsonLdText, lastModifiedDay, newsArticleJsonLd, plainHeadline } from "./reader-seo";

const article = {
  headline: "助力招商引资项目  加速落地投产",
  subheadline: "——记伊滨科技城",
  bylines: [
    { name: "阮现武", role: "reporter" as const },
    { name: "董浩", role: "correspondent" as const },
    { name: "阮现武", role: "photographer" as const },
  ],
  text: "正文",
  pageNumber: 1,
  corrections: [
    { wrong: "a", corrected: "b", note: null, correctedOn: "2023-06-12" },
    { wrong: "c", corrected: "d", note: null, correctedOn: "2023-06-09" },
  ],
};
const issue = { id: "i1", date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: "癸卯年四月二十" };

describe("excerpt", () => {
  it("keeps short text whole, on one line", () => {
    expect(excerpt("  塔吊林立，\n车辆穿梭。 ")).toBe("塔吊林立， 车辆穿梭。");
  });
  it("cuts by characters, not UTF-16 units, and marks the cut", () => {
    const cut = excerpt("𠀀".repeat(20), 10);
    expect([...cut]).toHaveLength(10);
    expect(cut.endsWith("…")).toBe(true);
  });
});

describe("headlines", () => {
  it("splits a two-part headline into its halves and joins them with one space", () => {
    expect(headlineParts(article.headline)).toEqual(["助力招商引资项目", "加速落地投产"]);
    expect(plainHeadline(article.headline)).toBe("助力招商引资项目 加速落地投产");
  });
});

describe("lastModifiedDay", () => {
  it("is the latest correction's day, or the issue's day without one", () => {
    expect(lastModifiedDay(article, "2023-06-07")).toBe("2023-06-12");
    expect(lastModifiedDay({ corrections: [] }, "2023-06-07")).toBe("2023-06-07");
  });
});

describe("newsArticleJsonLd", () => {
  const input = {
    article,
    issue,
    publication: { name: "伊滨新闻", url: "https://paper.example/yibin" },
    pageName: "要闻",
    pageLabel: "01",
    edition: "第10期（总第255期）",
    url: "https://paper.example/yibin/2023-06-07/01/a1",
    imageUrl: null,
    description: "摘要",
  };

  it("describes the article for search engines", () => {
    const data = newsArticleJsonLd(input);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "助力招商引资项目 加速落地投产",
      alternativeHeadline: "——记伊滨科技城",
      datePublished: "2023-06-07T00:00:00+08:00",
      dateModified: "2023-06-12T00:00:00+08:00",
      author: [{ "@type": "Person", name: "阮现武" }, { "@type": "Person", name: "董浩" }],
      publisher: { "@type": "Organization", name: "伊滨新闻" },
      mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
      printPage: "01",
      printSection: "要闻",
    });
    expect(data).not.toHaveProperty("image");
  });

  it("names the image when there is one, and leaves out authors when there are none", () => {
    const data = newsArticleJsonLd({ ...input, imageUrl: "https://paper.example/media/m1", article: { ...article, bylines: [], subheadline: null } });
    expect(data.image).toEqual(["https://paper.example/media/m1"]);
    expect(data).not.toHaveProperty("author");
    expect(data).not.toHaveProperty("alternativeHeadline");
  });
});

describe("jsonLdText", () => {
  it("cannot close its script element, and parses back to the same data", () => {
    const data = { headline: "</script><script>alert(1)</script> & \u2028" };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

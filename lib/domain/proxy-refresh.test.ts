import { describe, expect, it } from "vitest";
import { issueReaderPaths } from "./proxy-refresh";

const content = {
  publication: { slug: "yibin" },
  issue: { date: "2023-06-07" },
  pages: [{ number: 1 }, { number: 2 }],
  articles: [{ id: "a1", pageNumber: 1 }, { id: "a2", pageNumber: 2 }],
} as unknown as Parameters<typeof issueReaderPaths>[0];

describe("reader URLs the proxy fetches again when an issue changes", () => {
  it("lists every view of the issue, its lists and the site's front for the default paper", () => {
    expect(issueReaderPaths(content, true)).toEqual([
      "/", "/yibin", "/yibin/archive", "/yibin/archive/2023", "/yibin/feed.xml", "/sitemap.xml",
      "/yibin/2023-06-07", "/yibin/2023-06-07/01", "/yibin/2023-06-07/02",
      "/yibin/2023-06-07/01/a1", "/yibin/2023-06-07/02/a2",
    ]);
  });

  it("refreshes 往期回顾 of the issue's own year", () => {
    const newYear = { ...content, issue: { date: "2024-01-03" } } as typeof content;
    expect(issueReaderPaths(newYear, false).filter((path) => path.includes("/archive"))).toEqual(["/yibin/archive", "/yibin/archive/2024"]);
  });

  it("leaves the site's front alone for another paper", () => {
    expect(issueReaderPaths(content, false)).not.toContain("/");
  });
});

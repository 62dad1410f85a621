import { describe, expect, it } from "vitest";
import { contributorStatsOf, pagesLabel, rolesInUse, sortContributors, sortPieces, summarizePieces, type StatsPiece } from "./stats";

const piece = (over: Partial<StatsPiece>): StatsPiece => ({
  contributorId: "c1", contributorName: "李三旺", contributorKind: "person", articleId: "a1", issueId: "i1",
  issueDate: new Date("2023-06-07T00:00:00Z"), issueNumber: 10, totalNumber: 255, pageNumber: 1, pages: [1],
  headline: "稿件", roles: ["reporter"], characters: 1000, photos: 0, ...over,
});

describe("见报统计 from piece rows", () => {
  it("counts a contributor's pieces, 字数 and photos, and pieces per role", () => {
    const rows = [
      piece({ articleId: "a1", roles: ["reporter"], characters: 1200, photos: 1 }),
      piece({ articleId: "a2", roles: ["text_and_photo"], characters: 800, photos: 2 }),
      // Only a photo of theirs: no piece, no 字数, the photo counts.
      piece({ articleId: "a3", roles: [], characters: 0, photos: 1 }),
      piece({ contributorId: "u1", contributorName: "巡察室", contributorKind: "unit", articleId: "a1", roles: ["author"], characters: 1200 }),
    ];
    expect(summarizePieces(rows)).toEqual([
      { id: "c1", name: "李三旺", kind: "person", pieces: 2, characters: 2000, photos: 4, roles: { reporter: 1, text_and_photo: 1 } },
      { id: "u1", name: "巡察室", kind: "unit", pieces: 1, characters: 1200, photos: 0, roles: { author: 1 } },
    ]);
  });

  it("reads the database's row (bigint sums, role JSON) and drops unknown or zero roles", () => {
    expect(contributorStatsOf({ id: "c", name: "董洁", kind: "person", pieces: 3n, characters: 4500n, photos: null, roles: { correspondent: 3, nonsense: 2, reporter: 0 } }))
      .toEqual({ id: "c", name: "董洁", kind: "person", pieces: 3, characters: 4500, photos: 0, roles: { correspondent: 3 } });
  });

  it("sorts by pieces, then 字数, photos, then name", () => {
    const base = { kind: "person" as const, roles: {} };
    const sorted = sortContributors([
      { ...base, id: "a", name: "王", pieces: 1, characters: 10, photos: 0 },
      { ...base, id: "b", name: "李", pieces: 2, characters: 5, photos: 0 },
      { ...base, id: "c", name: "张", pieces: 1, characters: 10, photos: 3 },
    ]);
    expect(sorted.map((c) => c.id)).toEqual(["b", "c", "a"]);
  });

  it("names the roles in use in the paper's order, and a jumped piece's pages", () => {
    expect(rolesInUse([{ roles: { author: 1 } }, { roles: { reporter: 2, photographer: 1 } }])).toEqual(["reporter", "photographer", "author"]);
    expect(pagesLabel({ pageNumber: 1, pages: [3, 1] })).toBe("01→03");
    expect(pagesLabel({ pageNumber: 2, pages: [2] })).toBe("02");
  });

  it("orders the finance CSV by person, then date and page", () => {
    const rows = sortPieces([
      piece({ contributorId: "z", contributorName: "张", articleId: "x" }),
      piece({ articleId: "late", issueDate: new Date("2023-06-21T00:00:00Z") }),
      piece({ articleId: "p2", pageNumber: 2 }),
      piece({ articleId: "p1", pageNumber: 1 }),
    ]);
    expect(rows.map((r) => r.articleId)).toEqual(["p1", "p2", "late", "x"]);
  });
});

import { describe, expect, it } from "vitest";
import { formatBylines } from "./bylines";

describe("printed bylines", () => {
  it.each([
    [[{ name: "阮现武", role: "author" }, { name: "董浩", role: "author" }], "（阮现武 董浩）"],
    [[{ name: "巡察室", role: "author" }], "（巡察室）"],
    [[{ name: "李三旺", role: "reporter" }, { name: "董洁", role: "correspondent" }], "（记者 李三旺 通讯员 董洁）"],
    [[{ name: "张铁生", role: "text_and_photo" }], "（张铁生 文/图）"],
    [[], ""],
  ] as const)("prints %j as %s", (bylines, printed) => {
    expect(formatBylines(bylines)).toBe(printed);
  });
});

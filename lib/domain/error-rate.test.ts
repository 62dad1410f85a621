import { describe, expect, it } from "vitest";
import { ERROR_RATE_LIMIT, errorRate, errorWeight, formatRate, issueErrorRate, type ConfirmedMark } from "./error-rate";

// Errors as they occur in the sample pages.
const body = (original: string, correction: string, type = "typo"): ConfirmedMark => ({ area: "body", original, correction, type });
const headline = (original: string, correction: string, type = "typo"): ConfirmedMark => ({ area: "headline", original, correction, type });
const nameTypo = body("郭学峰", "郭学锋");
const lunar: ConfirmedMark = { area: "masthead", original: "癸卯年四月十四", correction: "癸卯年四月二十", type: "fact" };
const comma = body(",", "，", "punctuation");

describe("error weight", () => {
  it("counts headline and masthead errors double", () => {
    expect(errorWeight(headline("伊宾", "伊滨"))).toBe(2);
    expect(errorWeight(lunar)).toBe(2);
  });

  it("counts every other area once", () => {
    for (const area of ["body", "caption", "byline", "other"] as const) {
      expect(errorWeight({ ...nameTypo, area })).toBe(1);
    }
  });
});

describe("page error rate", () => {
  it("is errors per 10,000 characters", () => {
    expect(errorRate([nameTypo, comma], 20_000)).toEqual({ errors: 2, rate: 1, overLimit: false });
  });

  it("passes at exactly 万分之三 and fails above it", () => {
    const three = [nameTypo, comma, body("会议会议", "会议", "extra")];
    expect(errorRate(three, 10_000)).toEqual({ errors: 3, rate: 3, overLimit: false });
    expect(errorRate([...three, body("的的", "的", "extra")], 10_000)).toEqual({ errors: 4, rate: 4, overLimit: true });
    expect(ERROR_RATE_LIMIT).toBe(3);
  });

  it("weighs a headline error double (hand-computed: 1 + 2 errors in 6,400 characters)", () => {
    const result = errorRate([nameTypo, headline("未巡先改和 自查整改", "未巡先改和自查整改", "format")], 6_400);
    expect(result.errors).toBe(3);
    expect(result.rate).toBeCloseTo(4.6875, 10);
    expect(result.overLimit).toBe(true);
  });

  it("counts the same error at most three times, on a page as in the issue", () => {
    expect(errorRate([nameTypo, nameTypo, nameTypo, nameTypo, nameTypo], 10_000).errors).toBe(3);
  });

  it("is 0 with no marks, and with no characters", () => {
    expect(errorRate([], 8_000)).toEqual({ errors: 0, rate: 0, overLimit: false });
    expect(errorRate([nameTypo], 0)).toEqual({ errors: 1, rate: 0, overLimit: false });
  });
});

describe("issue error rate", () => {
  it("adds the pages up, capping an error repeated across pages at three (hand-computed)", () => {
    // 郭学峰 misspelt twice on each of three pages: 6 occurrences, 3 counted.
    // The misprinted lunar date on the masthead counts double: 3 + 2 = 5
    // errors in 20,000 characters, 万分之2.5.
    const result = issueErrorRate([
      { marks: [lunar, nameTypo, nameTypo], characters: 8_000 },
      { marks: [nameTypo, nameTypo], characters: 7_000 },
      { marks: [nameTypo, nameTypo], characters: 5_000 },
    ]);
    expect(result).toEqual({ errors: 5, characters: 20_000, rate: 2.5, overLimit: false });
    expect(formatRate(result.rate)).toBe("万分之2.5");
  });

  it("keeps the weight of each counted occurrence, counting the heaviest ones", () => {
    // Twice in headlines, three times in body copy: 2 + 2 + 1.
    const typo = { original: "伊宾", correction: "伊滨", type: "typo" };
    const result = issueErrorRate([
      { marks: [{ ...typo, area: "body" }, { ...typo, area: "headline" }], characters: 6_000 },
      { marks: [{ ...typo, area: "body" }, { ...typo, area: "body" }, { ...typo, area: "headline" }], characters: 6_000 },
    ]);
    expect(result.errors).toBe(5);
    expect(result.rate).toBeCloseTo(50_000 / 12_000, 10);
    expect(result.overLimit).toBe(true);
  });

  it("does not depend on the order of the pages", () => {
    const pages = [
      { marks: [body("伊宾", "伊滨"), body("伊宾", "伊滨"), body("伊宾", "伊滨")], characters: 9_000 },
      { marks: [headline("伊宾", "伊滨")], characters: 3_000 },
    ];
    expect(issueErrorRate(pages)).toEqual(issueErrorRate([...pages].reverse()));
    expect(issueErrorRate(pages).errors).toBe(4);
  });

  it("tells errors apart by original, correction and type", () => {
    const result = issueErrorRate([
      {
        marks: [
          ...Array.from({ length: 4 }, () => comma),
          ...Array.from({ length: 4 }, () => body(":", "：", "punctuation")),
          ...Array.from({ length: 4 }, () => body(",", "，", "other")),
          body(" 郭学峰 ", "郭学锋"), // the same error as nameTypo, spaces aside
          nameTypo,
          nameTypo,
          nameTypo,
        ],
        characters: 40_000,
      },
    ]);
    expect(result.errors).toBe(12);
    expect(result.rate).toBe(3);
  });

  it("is 0 for an issue without pages", () => {
    expect(issueErrorRate([])).toEqual({ errors: 0, characters: 0, rate: 0, overLimit: false });
  });
});

describe("formatting the rate", () => {
  it("writes it as 万分之N", () => {
    expect(formatRate(1.5)).toBe("万分之1.5");
    expect(formatRate(3)).toBe("万分之3");
    expect(formatRate(0)).toBe("万分之0");
  });

  it("rounds up at two decimals, so a failing rate never reads as the limit", () => {
    expect(formatRate(4.6875)).toBe("万分之4.69");
    expect(formatRate(3.001)).toBe("万分之3.01");
    expect(formatRate(2 / 3)).toBe("万分之0.67");
  });

  it("does not round up floating-point noise", () => {
    expect(formatRate(0.1 + 0.2)).toBe("万分之0.3");
    expect(formatRate((3 * 10_000) / 7_000)).toBe("万分之4.29");
  });
});

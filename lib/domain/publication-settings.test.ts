import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n";
import { changedSettings, publicationSettingsSchema, settingsOf, type PublicationSettingsInput } from "./publication-settings";

const t = messages.admin.publications.errors;
const typed: PublicationSettingsInput = {
  name: " 伊滨新闻 ", registrationLine: "河南省连续性内部资料[审洛阳连]00018号", supervisor: "", sponsor: "", publisher: "", circulationNote: "内部资料 免费交流",
  address: "", hotline: "0379-12345678", submissionEmail: "", printRun: "5000", distribution: "", printer: "", dateline: "伊滨讯",
  internalCirculation: true, proofRounds: 3, pageTemplate: ["要闻", " 综合 "],
};

describe("publication settings", () => {
  it("stores blanks as null, the print run as a number and the pages numbered in order", () => {
    const parsed = publicationSettingsSchema.parse(typed);
    expect(parsed).toMatchObject({ name: "伊滨新闻", supervisor: null, printRun: 5000, submissionEmail: null, pageTemplate: [{ number: 1, name: "要闻" }, { number: 2, name: "综合" }] });
  });

  it("says in Chinese what to fix", () => {
    const messagesOf = (input: Partial<PublicationSettingsInput>) => publicationSettingsSchema.safeParse({ ...typed, ...input }).error?.issues.map((i) => i.message);
    expect(messagesOf({ name: " " })).toEqual([t.nameRequired]);
    expect(messagesOf({ dateline: "" })).toEqual([t.datelineRequired]);
    expect(messagesOf({ proofRounds: 4 })).toEqual([t.proofRounds]);
    expect(messagesOf({ proofRounds: 0 })).toEqual([t.proofRounds]);
    expect(messagesOf({ printRun: "五千" })).toEqual([t.printRun]);
    expect(messagesOf({ submissionEmail: "not-an-email" })).toEqual([t.email]);
    expect(messagesOf({ pageTemplate: [] })).toEqual([t.pagesRequired]);
    expect(messagesOf({ pageTemplate: ["要闻", ""] })).toEqual([t.pageNameRequired]);
  });

  it("lists only the fields that change, before and after", () => {
    const before = publicationSettingsSchema.parse(typed);
    const after = publicationSettingsSchema.parse({ ...typed, dateline: "本报讯", pageTemplate: ["要闻"] });
    expect(changedSettings(before, after)).toEqual({
      keys: ["dateline", "pageTemplate"],
      before: { dateline: "伊滨讯", pageTemplate: [{ number: 1, name: "要闻" }, { number: 2, name: "综合" }] },
      after: { dateline: "本报讯", pageTemplate: [{ number: 1, name: "要闻" }] },
    });
  });

  it("reads a stored template defensively, in page order", () => {
    const stored = { ...publicationSettingsSchema.parse(typed), pageTemplate: [{ number: 2, name: "综合" }, { number: 1, name: "要闻" }, { bad: true }] };
    expect(settingsOf(stored).pageTemplate).toEqual([{ number: 1, name: "要闻" }, { number: 2, name: "综合" }]);
  });
});

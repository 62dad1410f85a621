// The importer's warnings, from the one messages file (messages.importer),
// as the parser calls them.
import { format, messages } from "@/lib/i18n";

const t = messages.importer;

export const importMessages = {
  empty: t.empty,
  tooLarge: (megabytes: string) => format(t.tooLarge, { megabytes }),
  binary: t.binary,
  noArticles: t.noArticles,
  noMarkup: t.noMarkup,
  lunarMismatch: (printed: string, computed: string) => format(t.lunarMismatch, { printed, computed }),
  invalidDate: (printed: string) => format(t.invalidDate, { printed }),
  orphanText: (count: number, start: string) => format(t.orphanText, { count, start }),
  headingWithoutBody: (headline: string) => format(t.headingWithoutBody, { headline }),
  possibleCaption: (text: string) => format(t.possibleCaption, { text }),
  truncatedHeadline: (headline: string) => format(t.truncatedHeadline, { headline }),
  strayJump: (text: string) => format(t.strayJump, { text }),
  textAfterByline: (headline: string, start: string) => format(t.textAfterByline, { headline, start }),
  datelineInBody: (headline: string, dateline: string) => format(t.datelineInBody, { headline, dateline }),
  splitAtLoneLine: (headline: string) => format(t.splitAtLoneLine, { headline }),
  boxedQuote: (start: string) => format(t.boxedQuote, { start }),
  sideBySide: (count: number) => format(t.sideBySide, { count }),
  moreWarnings: (count: number) => format(t.moreWarnings, { count }),
  severalPages: (pages: string, first: number) => format(t.severalPages, { pages, first }),
  wrappedLines: (width: number) => format(t.wrappedLines, { width }),
};

// User-facing import warnings (zh-CN). Kept in one object so the lead can
// merge them into the app's messages file without hunting through the parser.
export const importMessages = {
  empty: "输入为空，未解析出任何内容",
  tooLarge: (megabytes: string) => `输入过大（${megabytes} MB），超过 2 MB 上限，未解析`,
  binary: "输入看起来不是文本（含大量控制字符或乱码），未解析",
  noArticles: "未识别出任何稿件，请检查输入格式",
  noMarkup: "未发现 Markdown 标题标记，标题按短行推测，请逐篇核对",
  lunarMismatch: (printed: string, computed: string) => `农历日期“${printed}”与公历日期推算的“${computed}”不符`,
  invalidDate: (printed: string) => `出版日期“${printed}”不是有效日期`,
  orphanText: (count: number, start: string) => `第一个标题之前有 ${count} 段文字未归入任何稿件：“${start}…”`,
  headingWithoutBody: (headline: string) => `标题“${headline}”下没有正文，已略过`,
  possibleCaption: (text: string) => `疑似图片说明“${text}”，已略过`,
  truncatedHeadline: (headline: string) => `标题“${headline}”以冒号结尾，可能缺少后半部分`,
  strayJump: (text: string) => `转版标记“${text}”前没有稿件，已略过`,
} as const;

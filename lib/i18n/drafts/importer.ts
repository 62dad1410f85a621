// New warnings of the importer (lib/domain/import), waiting to be merged into
// messages.importer in zh-CN.ts.
export const importerDraft = {
  textAfterByline: "稿件“{headline}”署名之后还有正文“{start}…”，可能是分栏错位混入的文字，请核对",
  datelineInBody: "稿件“{headline}”正文中间出现电头“{dateline}”，可能混入了另一篇稿件，请核对",
  splitAtLoneLine: "短行“{headline}”前后都有正文，已按新稿件的标题处理，请核对它是标题还是小标题",
  boxedQuote: "引语框“{start}…”及其出处不属于任何稿件，已略过",
  sideBySide: "有 {count} 行像是把并排的两栏当作一行识别（行中有大段空白），已按先左栏、后右栏拆开，请核对",
  moreWarnings: "另有 {count} 条提示未列出，文件可能不是一版报纸的文字",
  severalPages: "文件里有不止一个版的版头（第 {pages} 版），全部按第 {first} 版导入；请核对，或分版导入",
  wrappedLines: "文本按固定宽度（约 {width} 字）断行，已按句末标点重新分段，请核对分段",
} as const;

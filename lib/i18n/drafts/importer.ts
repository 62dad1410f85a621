// New warnings of the importer (lib/domain/import), waiting to be merged into
// messages.importer in zh-CN.ts.
export const importerDraft = {
  textAfterByline: "稿件“{headline}”署名之后还有正文“{start}…”，可能是分栏错位混入的文字，请核对",
  datelineInBody: "稿件“{headline}”正文中间出现电头“{dateline}”，可能混入了另一篇稿件，请核对",
  splitAtLoneLine: "短行“{headline}”前后各有数段正文，已按新稿件的标题处理，请核对它是标题还是小标题",
  wrappedLines: "文本按固定宽度（约 {width} 字）断行，已按句末标点重新分段，请核对分段",
} as const;

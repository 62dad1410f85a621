// A Word file's paragraphs, as mammoth reads them, into the Markdown-ish text
// the page parser reads. Newsroom Word files rarely use heading styles: a
// headline is a short paragraph set larger (or bold and centred) than the
// body, so size relative to the body's own size decides the heading level.

export interface DocxParagraph {
  text: string;
  /** Word's style name: "Heading 2", "标题 2", "Title"… */
  styleName: string | null;
  /** The largest run's size in points, when set. */
  fontSize: number | null;
  /** Every run bold. */
  bold: boolean;
  centered: boolean;
}

const HEADING_STYLE = /^(?:heading|标题)\s*(\d)$/iu;
const TITLE_STYLE = /^(?:title|标题|subtitle|副标题)$/iu;
const SHORT = 40; // characters: longer paragraphs are body text whatever their size

/** The size most characters are set in: the body's. */
function bodySize(paragraphs: readonly DocxParagraph[]): number | null {
  const weight = new Map<number, number>();
  for (const { fontSize, text } of paragraphs) if (fontSize) weight.set(fontSize, (weight.get(fontSize) ?? 0) + text.length);
  let best: number | null = null;
  for (const [size, chars] of weight) if (best === null || chars > weight.get(best)!) best = size;
  return best;
}

export function docxToText(paragraphs: readonly DocxParagraph[]): string {
  const body = bodySize(paragraphs);
  // Larger sizes than the body's, largest first: the first is ##, the next ###…
  const larger = [...new Set(paragraphs.map((p) => p.fontSize).filter((size): size is number => !!size && !!body && size > body))].sort((a, b) => b - a);
  return paragraphs
    .map((paragraph) => {
      const text = paragraph.text.trim();
      if (!text) return "";
      const styled = paragraph.styleName ? HEADING_STYLE.exec(paragraph.styleName) : null;
      if (styled) return `${"#".repeat(Math.min(Number(styled[1]) + 1, 6))} ${text}`;
      if (paragraph.styleName && TITLE_STYLE.test(paragraph.styleName)) return `## ${text}`;
      if ([...text].length <= SHORT) {
        const rank = paragraph.fontSize ? larger.indexOf(paragraph.fontSize) : -1;
        if (rank >= 0) return `${"#".repeat(Math.min(rank + 2, 6))} ${text}`;
        if (paragraph.bold && paragraph.centered) return `### ${text}`;
      }
      return text;
    })
    .join("\n\n");
}

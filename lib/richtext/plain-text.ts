// The text of an article body as a reader sees it, one block per line: what
// 字数 counts, search indexes and the revision diff compares. Walks the JSON,
// so it runs anywhere.
import type { JSONContent } from "@tiptap/core";

// Nodes whose children are inline text; everything else holds blocks.
const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

export function bodyPlainText(doc: JSONContent): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks.filter((block) => block.length > 0).join("\n");
}

function collectBlocks(node: JSONContent, blocks: string[]): void {
  if (node.type === "figure") blocks.push(String(node.attrs?.caption ?? ""));
  else if (TEXT_BLOCKS.has(node.type ?? "") || node.type === "text") blocks.push(inlineText(node));
  else for (const child of node.content ?? []) collectBlocks(child, blocks);
}

function inlineText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

// HTML pasted into the editor from Word, WPS or a web page, reduced to what an
// article body can hold: paragraphs, 小标题, bold, lists, links, line breaks.
// Runs in the browser (editorProps.transformPastedHTML); uses DOMParser.
import { isAllowedImageSrc, isAllowedLinkHref } from "./extensions";

// Dropped with everything inside them. VML (v:*) is Word's drawing markup.
const DROPPED = new Set([
  "script", "style", "meta", "link", "title", "head", "xml", "template", "iframe", "object", "embed",
  "noscript", "svg", "math", "canvas", "video", "audio", "img", "input", "button", "select", "textarea",
]);
const KEPT = new Set(["p", "br", "strong", "h3", "blockquote", "ul", "ol", "li"]);
const RENAMED: Record<string, string> = { b: "strong", h1: "h3", h2: "h3", h4: "h3", h5: "h3", h6: "h3" };
// Cells and divs hold either blocks (then they go) or a line of text (a paragraph).
const BLOCK_HOLDERS = new Set(["div", "td", "th", "section", "article", "header", "footer"]);
const BLOCK_TAGS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "figure",
  "aside", "section", "article", "header", "footer", "tr", "td", "th",
]);
// Blank as far as a reader can tell, including the full-width space Chinese
// typists use to indent a paragraph by hand (the stylesheet indents it).
const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/;
const LEADING_BLANK = /^[\s\u00a0\u3000\u200b\ufeff]+/;
const TRAILING_BLANK = /[\s\u00a0\u3000\u200b\ufeff]+$/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const body = doc.body;
  convertWordLists(body);
  cleanChildren(body);
  tidyBlocks(body);
  return body.innerHTML.trim();
}

function cleanChildren(parent: Element): void {
  for (const child of Array.from(parent.childNodes)) cleanNode(child);
}

function cleanNode(node: ChildNode): void {
  if (node.nodeType === Node.TEXT_NODE) {
    node.textContent = joinWrappedLines(node.textContent ?? "");
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    node.remove(); // comments, Word's conditional blocks, processing instructions
    return;
  }
  const element = node as Element;
  // tagName, not localName: some DOMs give <o:p> the local name "p".
  const tag = element.tagName.toLowerCase();
  if (DROPPED.has(tag) || tag.startsWith("v:")) return element.remove();
  if (tag === "figure" && element.classList.contains("article-figure")) return keepFigure(element);

  cleanChildren(element);
  const target = targetTag(element, tag);
  if (!target) return unwrap(element);
  const kept = target === tag ? element : rename(element, target);
  keepOnlyAttributes(kept, target);
}

/** The tag an element becomes, or null to keep only its children. */
function targetTag(element: Element, tag: string): string | null {
  if (KEPT.has(tag)) return tag;
  if (RENAMED[tag]) return RENAMED[tag];
  if (tag === "a") return isAllowedLinkHref(element.getAttribute("href") ?? "") ? "a" : null;
  if (tag === "aside" && element.classList.contains("boxed-text")) return "aside";
  if ((tag === "span" || tag === "font") && isBoldStyle(element.getAttribute("style"))) return "strong";
  if (BLOCK_HOLDERS.has(tag)) {
    const holdsBlocks = Array.from(element.children).some((child) => BLOCK_TAGS.has(child.tagName.toLowerCase()));
    return holdsBlocks ? null : "p";
  }
  return null; // span, font, o:p, em, i, u, …: their text stays, the tag goes
}

function isBoldStyle(style: string | null): boolean {
  return /(^|;)\s*font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style ?? "");
}

function keepOnlyAttributes(element: Element, tag: string): void {
  for (const { name } of Array.from(element.attributes)) {
    // data-pm-slice tells ProseMirror how a copy from another editor was cut.
    const keep =
      name === "data-pm-slice" || (tag === "a" && name === "href") || (tag === "aside" && name === "class");
    if (!keep) element.removeAttribute(name);
  }
  if (tag === "aside") element.setAttribute("class", "boxed-text");
}

/** A figure copied from another article: kept only with an allowed picture. */
function keepFigure(figure: Element): void {
  const img = figure.querySelector("img");
  const src = img?.getAttribute("src") ?? "";
  if (!isAllowedImageSrc(src)) return figure.remove();
  const clean = figure.ownerDocument.createElement("figure");
  clean.className = "article-figure";
  const mediaId = figure.getAttribute("data-media-id");
  if (mediaId) clean.setAttribute("data-media-id", mediaId);
  const picture = clean.appendChild(figure.ownerDocument.createElement("img"));
  picture.setAttribute("src", src);
  picture.setAttribute("alt", img?.getAttribute("alt") ?? "");
  const caption = clean.appendChild(figure.ownerDocument.createElement("figcaption"));
  for (const name of ["caption", "credit"]) {
    const span = caption.appendChild(figure.ownerDocument.createElement("span"));
    span.className = name;
    span.textContent = figure.querySelector(`figcaption .${name}`)?.textContent ?? "";
  }
  figure.replaceWith(clean);
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  for (const { name, value } of Array.from(element.attributes)) renamed.setAttribute(name, value);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/**
 * Word wraps its HTML source at about 80 columns, inside sentences. Between
 * Chinese characters such a line break must vanish, not become a space.
 */
function joinWrappedLines(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (match, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + match.length] ?? "";
    return CJK.test(before) || CJK.test(after) ? "" : " ";
  });
}

/**
 * Word does not write lists as <ul>/<ol>: each item is a paragraph styled
 * `mso-list:l0 level1 lfo1` whose marker ("1.", "·", "一、") sits in a span
 * styled `mso-list:Ignore`. Consecutive items become one list.
 */
function convertWordLists(body: HTMLElement): void {
  let list: Element | null = null;
  for (const paragraph of Array.from(body.querySelectorAll("p"))) {
    if (!isWordListItem(paragraph)) continue;
    const marker = takeWordListMarker(paragraph);
    // The previous item's paragraph is gone already, so its list sits right before.
    if (!list || previousElement(paragraph) !== list) {
      list = body.ownerDocument.createElement(isOrderedMarker(marker) ? "ol" : "ul");
      paragraph.before(list);
    }
    const item = body.ownerDocument.createElement("li");
    item.append(...Array.from(paragraph.childNodes));
    list.append(item);
    paragraph.remove();
  }
}

function isWordListItem(paragraph: Element): boolean {
  const style = paragraph.getAttribute("style") ?? "";
  return /mso-list\s*:\s*l\d/i.test(style);
}

function takeWordListMarker(paragraph: Element): string {
  let marker = "";
  for (const span of Array.from(paragraph.querySelectorAll("span"))) {
    if (!/mso-list\s*:\s*ignore/i.test(span.getAttribute("style") ?? "")) continue;
    marker += span.textContent ?? "";
    span.remove();
  }
  return marker.replace(/[\s\u00a0]+/g, "");
}

function isOrderedMarker(marker: string): boolean {
  return /[0-9一二三四五六七八九十百]/.test(marker) || /^[(（]?[a-z][.)）]/i.test(marker);
}

function previousElement(element: Element): Element | null {
  let previous = element.previousSibling;
  while (previous && previous.nodeType !== Node.ELEMENT_NODE) {
    if (previous.nodeType === Node.TEXT_NODE && !BLANK.test(previous.textContent ?? "")) return null;
    previous = previous.previousSibling;
  }
  return previous as Element | null;
}

/** Drops blocks with nothing to read and the hand-typed indent of the rest. */
function tidyBlocks(body: HTMLElement): void {
  const blocks = Array.from(body.querySelectorAll("p, h3, li, blockquote, aside, ul, ol")).reverse();
  for (const block of blocks) {
    if (BLANK.test(block.textContent ?? "") && !block.querySelector("figure")) {
      block.remove();
      continue;
    }
    if (block.matches("p, h3, li")) trimEdges(block);
  }
}

function trimEdges(block: Element): void {
  const texts = textNodes(block);
  for (const text of texts) {
    text.textContent = (text.textContent ?? "").replace(LEADING_BLANK, "");
    if (text.textContent) break;
  }
  for (const text of texts.reverse()) {
    text.textContent = (text.textContent ?? "").replace(TRAILING_BLANK, "");
    if (text.textContent) break;
  }
}

function textNodes(node: Node): Text[] {
  if (node.nodeType === Node.TEXT_NODE) return [node as Text];
  return Array.from(node.childNodes).flatMap(textNodes);
}

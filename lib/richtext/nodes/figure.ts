import { Node } from "@tiptap/core";

export interface FigureAttrs {
  src: string;
  /** The Media row the picture came from; null for a picture not in the 图片库. */
  mediaId: string | null;
  alt: string;
  /** 图片说明 */
  caption: string;
  /** 摄影 / 署名 */
  credit: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attrs: Partial<FigureAttrs> & { src: string }) => ReturnType;
    };
  }
}

/**
 * Where a picture may come from: the site's own media (`/media/…`). Nothing
 * else (https elsewhere, data:, blob:, file:, javascript:, protocol-relative).
 */
export function isAllowedImageSrc(src: string): boolean {
  // Only photos uploaded to Folio: they are validated and re-encoded on upload,
  // and the Content-Security-Policy loads images from this site alone.
  if (/[\s\\]/.test(src) || /[\u0000-\u001f\u007f]/.test(src)) return false;
  return src.startsWith("/media/") && !src.split(/[/?#]/).includes("..");
}

// Each attribute is rendered by hand below, so none lands on <figure> by itself.
const stringAttr = (fallback: string) => ({ default: fallback, validate: "string", rendered: false });

// 图片 with its 图片说明 and credit. An atom: the caption is edited in a form,
// not inline, so it stays one plain string the page layout can set as it likes.
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: stringAttr(""),
      mediaId: { default: null, validate: "string|null", rendered: false },
      alt: stringAttr(""),
      caption: stringAttr(""),
      credit: stringAttr(""),
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure.article-figure",
        getAttrs: (element) => {
          const src = element.querySelector("img")?.getAttribute("src") ?? "";
          if (!isAllowedImageSrc(src)) return false;
          return {
            src,
            mediaId: element.getAttribute("data-media-id") || null,
            alt: element.querySelector("img")?.getAttribute("alt") ?? "",
            caption: element.querySelector("figcaption .caption")?.textContent ?? "",
            credit: element.querySelector("figcaption .credit")?.textContent ?? "",
          };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { src, mediaId, alt, caption, credit } = node.attrs as FigureAttrs;
    const figureAttrs: Record<string, string> = { class: "article-figure" };
    if (mediaId) figureAttrs["data-media-id"] = mediaId;
    const spans = [
      ...(caption ? [["span", { class: "caption" }, caption]] : []),
      ...(credit ? [["span", { class: "credit" }, credit]] : []),
    ];
    // A stored src that is not ours (legacy or tampered data) never reaches a page, editor included.
    const img = ["img", { src: isAllowedImageSrc(src) ? src : "", alt, loading: "lazy" }];
    return spans.length > 0
      ? ["figure", figureAttrs, img, ["figcaption", ...spans]]
      : ["figure", figureAttrs, img];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) => {
          if (!isAllowedImageSrc(attrs.src)) return false;
          return commands.insertContent({ type: this.name, attrs });
        },
    };
  },
});

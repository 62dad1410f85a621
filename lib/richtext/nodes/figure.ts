import { Node } from "@tiptap/core";
import { webSrcset } from "@/lib/domain/media";

export interface FigureAttrs {
  src: string;
  /** The Media row the picture came from; null for a picture not in the 图片库. */
  mediaId: string | null;
  alt: string;
  /** 图片说明 */
  caption: string;
  /** 摄影 / 署名 */
  credit: string;
  /** The web rendition's size, for srcset and to reserve the picture's space; null for older figures. */
  width: number | null;
  height: number | null;
}

/** The column the article body is set in: one picture width up to 680 px, the screen's below. */
export const FIGURE_SIZES = "(max-width: 720px) 100vw, 680px";

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

function dimension(value: string | null | undefined): number | null {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 && n < 100_000 ? n : null;
}

/** srcset of the web renditions, and the size that keeps the page from jumping as it loads. */
function responsive(mediaId: string | null, width: number | null, height: number | null): Record<string, string> {
  if (!mediaId || !/^[a-z0-9]{1,40}$/i.test(mediaId) || !width || !height) return {};
  return { srcset: webSrcset(mediaId, width), sizes: FIGURE_SIZES, width: String(width), height: String(height) };
}

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
      width: { default: null, validate: "number|null", rendered: false },
      height: { default: null, validate: "number|null", rendered: false },
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
            width: dimension(element.querySelector("img")?.getAttribute("width")),
            height: dimension(element.querySelector("img")?.getAttribute("height")),
          };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { src, mediaId, alt, caption, credit, width, height } = node.attrs as FigureAttrs;
    const figureAttrs: Record<string, string> = { class: "article-figure" };
    if (mediaId) figureAttrs["data-media-id"] = mediaId;
    const spans = [
      ...(caption ? [["span", { class: "caption" }, caption]] : []),
      ...(credit ? [["span", { class: "credit" }, credit]] : []),
    ];
    // A stored src that is not ours (legacy or tampered data) never reaches a page, editor included.
    const img = ["img", { src: isAllowedImageSrc(src) ? src : "", alt, loading: "lazy", ...responsive(mediaId, width, height) }];
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

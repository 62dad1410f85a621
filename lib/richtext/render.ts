import "server-only";

// Article body JSON → HTML for a page. The HTML comes from the same extension
// list as the editor, then passes an allowlist, so even a body that slipped
// past validation renders inert.
import type { JSONContent } from "@tiptap/core";
import { generateHTML } from "@tiptap/html/server";
import sanitizeHtml from "sanitize-html";
import { articleExtensions, isAllowedImageSrc, isAllowedLinkHref, LINK_REL } from "./extensions";
import { FIGURE_SIZES } from "./nodes/figure";

export type Audience = "staff" | "public";

// A tag name no allowlist contains: sanitize-html drops the tag and keeps its text.
const UNWRAP = "folio-unwrap";

export function renderArticleHtml(doc: JSONContent, audience: Audience): string {
  const source = audience === "public" ? withoutComments(doc) : doc;
  return sanitizeHtml(generateHTML(source, articleExtensions), sanitizeOptions(audience));
}

/** Readers never see the newsroom's comments, not even their ids. */
function withoutComments(node: JSONContent): JSONContent {
  const copy: JSONContent = { ...node };
  if (node.marks) copy.marks = node.marks.filter((mark) => mark.type !== "comment");
  if (node.content) copy.content = node.content.map(withoutComments);
  return copy;
}

function sanitizeOptions(audience: Audience): sanitizeHtml.IOptions {
  const spanClasses = audience === "staff" ? ["caption", "credit", "comment-mark"] : ["caption", "credit"];
  return {
    allowedTags: ["p", "br", "strong", "h3", "blockquote", "ul", "ol", "li", "a", "aside", "figure", "img", "figcaption", "span"],
    allowedAttributes: {
      a: ["href", "rel", "target"],
      ol: ["start"],
      aside: ["class"],
      figure: ["class", "data-media-id"],
      img: ["src", "alt", "loading", "srcset", "sizes", "width", "height"],
      span: audience === "staff" ? ["class", "data-comment-id"] : ["class"],
    },
    allowedClasses: {
      aside: ["boxed-text"],
      figure: ["article-figure"],
      span: spanClasses,
    },
    allowedSchemes: ["http", "https", "mailto"],
    // Images: same-site /media/ paths only (isAllowedImageSrc), so no scheme at all.
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ["href", "src"],
    allowProtocolRelative: false,
    allowedStyles: {},
    disallowedTagsMode: "discard",
    transformTags: {
      a: (_tagName, attribs) => ({
        tagName: "a",
        attribs: {
          ...(attribs.href && isAllowedLinkHref(attribs.href) ? { href: attribs.href } : {}),
          ...(attribs.target === "_blank" ? { target: "_blank" } : {}),
          rel: LINK_REL,
        },
      }),
      // An img whose src is not allowed is dropped by exclusiveFilter below.
      img: (_tagName, attribs) => ({
        tagName: "img",
        attribs: {
          src: attribs.src ?? "",
          alt: attribs.alt ?? "",
          loading: "lazy",
          ...(attribs.srcset && isAllowedSrcset(attribs.srcset) ? { srcset: attribs.srcset, sizes: FIGURE_SIZES } : {}),
          ...(/^\d{1,5}$/.test(attribs.width ?? "") && /^\d{1,5}$/.test(attribs.height ?? "") ? { width: attribs.width!, height: attribs.height! } : {}),
        },
      }),
      // A span that is none of ours (or a comment, for readers) keeps only its text.
      span: (_tagName, attribs) => {
        const classes = (attribs.class ?? "").split(/\s+/);
        return classes.some((name) => spanClasses.includes(name))
          ? { tagName: "span", attribs }
          : { tagName: UNWRAP, attribs: {} };
      },
    },
    exclusiveFilter: (frame) => frame.tag === "img" && !isAllowedImageSrc(frame.attribs.src ?? ""),
  };
}

/** A srcset of our own renditions only: "/media/… 800w, /media/… 1600w". */
function isAllowedSrcset(srcset: string): boolean {
  return srcset.split(",").every((entry) => {
    const [url, size, ...rest] = entry.trim().split(/\s+/);
    return rest.length === 0 && Boolean(url) && isAllowedImageSrc(url!) && /^\d{1,5}w$/.test(size ?? "");
  });
}

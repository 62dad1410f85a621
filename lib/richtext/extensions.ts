// The one extension list of an article body (正文). The browser editor, the
// validator and the server renderer all build their schema from it, so nothing
// the editor cannot make reaches the database or the page. No React, no DOM.
import type { Extensions } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import { BoxedText } from "./nodes/boxed-text";
import { Comment } from "./nodes/comment";
import { Figure } from "./nodes/figure";

export { isAllowedImageSrc } from "./nodes/figure";

export const LINK_REL = "noopener noreferrer nofollow";

/**
 * Where a link may point: http(s) and mailto addresses, or a path on this site
 * ("/2023-06-07/1"). Not "//host" or "/\host", which browsers read as another site.
 */
export function isAllowedLinkHref(href: string): boolean {
  if (/[\s\\]/.test(href) || /[\u0000-\u001f\u007f]/.test(href)) return false;
  if (href.startsWith("/")) return !href.startsWith("//");
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return false;
  try {
    const url = new URL(href);
    if (url.protocol === "mailto:") return url.pathname.length > 0;
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

// Autolink hands the link extension what was typed ("www.gov.cn", "a@b.cn"),
// before it adds the default protocol; those are fine to link. It stores the
// address with the protocol, which isAllowedLinkHref accepts.
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i;
const BARE_EMAIL = /^[^\s@/:]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

function isLinkable(url: string): boolean {
  return isAllowedLinkHref(url) || BARE_HOST.test(url) || BARE_EMAIL.test(url);
}

function shouldAutoLink(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && !["http", "https", "mailto"].includes(scheme)) return false;
  const rest = scheme ? url.slice(scheme.length + 1).replace(/^\/\//, "") : url;
  const host = rest.split(/[/?#:]/)[0]!.split("@").pop()!;
  // Chinese has no spaces, so "详见www.ybxw.gov.cn" reaches us as one word that
  // linkify reads as a domain: only ASCII hosts link by themselves. A bare IP
  // address is more often a typo than a link.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

export const articleExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [3] }, // 小标题
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: [],
      isAllowedUri: (url) => isLinkable(url),
      shouldAutoLink,
      HTMLAttributes: { rel: LINK_REL },
    },
    // Chinese has no italics; the rest has no place in a printed article.
    code: false,
    codeBlock: false,
    italic: false,
    strike: false,
    underline: false,
    horizontalRule: false,
  }),
  BoxedText,
  Figure,
  Comment,
];

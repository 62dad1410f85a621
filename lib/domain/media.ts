// Photos (图片): what may be uploaded, the renditions made of each, how a crop
// and focal point decide what a rendition shows, and what a figure must carry
// before its article is released. Pure: sharp and storage live in lib/server/media.

/** Largest file accepted, before decoding. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Largest picture accepted, in pixels (a decompression bomb is refused, not decoded). */
export const MAX_PIXELS = 80_000_000;

/** What we accept, by the type read from the file's bytes (never its name). */
export const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];
export function isAcceptedType(mime: string | undefined): mime is AcceptedType {
  return (ACCEPTED_TYPES as readonly string[]).includes(mime ?? "");
}

export type RenditionName = "thumb" | "web800" | "web1600" | "print";
export interface RenditionSpec {
  name: RenditionName;
  format: "webp" | "jpeg";
  /** Bounding box; the picture is never enlarged. */
  maxWidth: number;
  maxHeight: number;
  /** A fixed shape, cut around the focal point (for thumbnails), or the picture's own shape. */
  aspect: number | null;
  quality: number;
}

/**
 * 缩略图 for the library and the editor, two web sizes for srcset, and the print
 * rendition the proof and PDF use (JPEG at up to 3600 px: 300 dpi over 30 cm).
 */
export const RENDITIONS: readonly RenditionSpec[] = [
  { name: "thumb", format: "webp", maxWidth: 480, maxHeight: 360, aspect: 4 / 3, quality: 78 },
  { name: "web800", format: "webp", maxWidth: 800, maxHeight: 1600, aspect: null, quality: 80 },
  { name: "web1600", format: "webp", maxWidth: 1600, maxHeight: 3200, aspect: null, quality: 80 },
  { name: "print", format: "jpeg", maxWidth: 3600, maxHeight: 3600, aspect: null, quality: 90 },
];
export const RENDITION_NAMES = RENDITIONS.map((r) => r.name);
export function isRenditionName(name: string): name is RenditionName {
  return (RENDITION_NAMES as string[]).includes(name);
}
export const MIME_OF_FORMAT = { webp: "image/webp", jpeg: "image/jpeg", png: "image/png" } as const;

export interface StoredRendition {
  key: string;
  width: number;
  height: number;
  mimeType: string;
}
export type Renditions = Partial<Record<RenditionName, StoredRendition>>;

/** A crop, as fractions of the picture (0..1 from the top left). */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}
export const FULL_CROP: Crop = { x: 0, y: 0, width: 1, height: 1 };

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A crop brought inside the picture, at least 5 % of it each way. */
export function normalizeCrop(crop: Crop | null | undefined): Crop {
  if (!crop) return FULL_CROP;
  const clamp = (v: number, lo: number, hi: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo);
  const x = clamp(crop.x, 0, 0.95);
  const y = clamp(crop.y, 0, 0.95);
  return { x, y, width: clamp(crop.width, 0.05, 1 - x), height: clamp(crop.height, 0.05, 1 - y) };
}

/** The crop in pixels of a picture `width` × `height`. */
export function cropRegion(width: number, height: number, crop: Crop | null | undefined): Region {
  const c = normalizeCrop(crop);
  const left = Math.min(width - 1, Math.round(c.x * width));
  const top = Math.min(height - 1, Math.round(c.y * height));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.round(c.width * width))),
    height: Math.max(1, Math.min(height - top, Math.round(c.height * height))),
  };
}

/**
 * The largest region of shape `aspect` (width / height) inside `width` × `height`,
 * as near the focal point's centre as the edges allow.
 */
export function focalRegion(width: number, height: number, aspect: number, focalX: number, focalY: number): Region {
  let w = width;
  let h = Math.round(width / aspect);
  if (h > height) {
    h = height;
    w = Math.round(height * aspect);
  }
  w = Math.max(1, Math.min(width, w));
  h = Math.max(1, Math.min(height, h));
  const place = (size: number, span: number, focal: number) =>
    Math.round(Math.min(span - size, Math.max(0, focal * span - size / 2)));
  return { left: place(w, width, clamp01(focalX)), top: place(h, height, clamp01(focalY)), width: w, height: h };
}

/** The focal point, given on the whole picture, as a point of the cropped one (for CSS object-position). */
export function focalWithinCrop(focalX: number, focalY: number, crop: Crop | null | undefined): { x: number; y: number } {
  const c = normalizeCrop(crop);
  return { x: clamp01((focalX - c.x) / c.width), y: clamp01((focalY - c.y) / c.height) };
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
}

/** The size a picture `width` × `height` takes inside a bounding box, never enlarged. */
export function fitInside(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The address of a rendition (served by app/media/[id]/[rendition]). */
export function renditionSrc(mediaId: string, name: RenditionName): string {
  return `/media/${mediaId}/${name}`;
}

/**
 * srcset for a figure: the web renditions, each at the width it really has (a
 * picture narrower than 1600 px has a single, smaller web rendition).
 */
export function webSrcset(mediaId: string, width: number | null | undefined): string {
  if (!width || width <= 0) return "";
  const small = Math.min(800, width);
  const large = Math.min(1600, width);
  const entries = [`${renditionSrc(mediaId, "web800")} ${small}w`];
  if (large > small) entries.push(`${renditionSrc(mediaId, "web1600")} ${large}w`);
  return entries.join(", ");
}

/** 摄影 or 供图: a photographer's own picture, or one supplied by a unit or a reader. */
export type CreditRole = "photo" | "courtesy";

/** The credit line printed under a photo: "张铁生 摄", "区文旅局 供图". */
export function creditLine(name: string, role: CreditRole): string {
  const trimmed = name.trim();
  if (!trimmed) return "";
  return role === "photo" ? `${trimmed} 摄` : `${trimmed} 供图`;
}

export interface FigureFacts {
  src: string;
  mediaId: string | null;
  alt: string;
  caption: string;
  credit: string;
}

export type FigureGap = "figureAltMissing" | "figureCreditMissing";

/** Figures of a body that may not go out yet, and why: each needs alt text and a credit. */
export function figureGaps(figures: readonly FigureFacts[]): { index: number; gap: FigureGap }[] {
  const gaps: { index: number; gap: FigureGap }[] = [];
  figures.forEach((figure, index) => {
    if (!figure.alt.trim()) gaps.push({ index, gap: "figureAltMissing" });
    if (!figure.credit.trim()) gaps.push({ index, gap: "figureCreditMissing" });
  });
  return gaps;
}

/** The figures of a tiptap body, in order. */
export function figuresOf(node: unknown): FigureFacts[] {
  if (!node || typeof node !== "object") return [];
  const { type, attrs, content } = node as { type?: string; attrs?: Record<string, unknown>; content?: unknown[] };
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const own =
    type === "figure"
      ? [{
          src: text(attrs?.src), mediaId: text(attrs?.mediaId) || null,
          alt: text(attrs?.alt), caption: text(attrs?.caption), credit: text(attrs?.credit),
        }]
      : [];
  return [...own, ...(Array.isArray(content) ? content.flatMap(figuresOf) : [])];
}

/** The media library's search: words match caption, credit name or file name; dates bound the upload day. */
export interface MediaQuery {
  q: string;
  from: string | null;
  to: string | null;
  page: number;
}
export const MEDIA_PAGE_SIZE = 24;

export function parseMediaQuery(params: Record<string, string | string[] | undefined>): MediaQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const date = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : null);
  const page = Number.parseInt(one(params.page), 10);
  return {
    q: one(params.q).trim().slice(0, 100),
    from: date(one(params.from)),
    to: date(one(params.to)),
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 1000) : 1,
  };
}

/** An article goes out (签发) only when every figure has alt text and a credit. */
export function figuresReady(body: unknown): { ok: true } | { ok: false; refusal: FigureGap } {
  const [first] = figureGaps(figuresOf(body));
  return first ? { ok: false, refusal: first.gap } : { ok: true };
}

/** The crop presets layout offers: a shape cut around the focal point. */
export const CROP_PRESETS = { "16:9": 16 / 9, "4:3": 4 / 3, "3:2": 3 / 2, "1:1": 1, "3:4": 3 / 4 } as const;
export type CropPreset = keyof typeof CROP_PRESETS;

export function cropForAspect(width: number, height: number, aspect: number, focalX: number, focalY: number): Crop {
  const region = focalRegion(width, height, aspect, focalX, focalY);
  return { x: region.left / width, y: region.top / height, width: region.width / width, height: region.height / height };
}

/** Which preset a stored crop is, if any (to show it selected). */
export function presetOf(crop: Crop | null, width: number, height: number): CropPreset | "none" | null {
  if (!crop) return "none";
  const ratio = (crop.width * width) / (crop.height * height);
  const found = (Object.entries(CROP_PRESETS) as [CropPreset, number][]).find(([, a]) => Math.abs(a - ratio) < 0.02);
  return found ? found[0] : null;
}

/**
 * The photos a piece of published HTML shows (its images and srcsets are
 * /media/{id}/…), once each: what readers may fetch of it. Kept with the
 * published article (PublishedArticle.mediaIds), so that serving a photo asks
 * an index, not every published article's HTML.
 */
export function mediaIdsInHtml(html: string): string[] {
  return [...new Set([...html.matchAll(/\/media\/([A-Za-z0-9]+)/g)].map((match) => match[1]!))];
}

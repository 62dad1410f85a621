// Makes a photo's renditions from its stored master (already upright, with no
// metadata): the crop first, then each rendition's size; the thumbnail is cut
// around the focal point. Every output is a fresh encode, so no EXIF survives.
import "server-only";
import sharp from "sharp";
import {
  cropRegion, focalRegion, MIME_OF_FORMAT, RENDITIONS, type Crop, type Renditions, type RenditionSpec,
} from "@/lib/domain/media";
import { getStorage } from "@/lib/server/storage/storage";

export interface RenditionSource {
  id: string;
  master: Buffer;
  width: number;
  height: number;
  crop: Crop | null;
  focalX: number;
  focalY: number;
}

/** A short stamp of what decides the pixels, so a re-crop writes new keys and caches never mix them up. */
function stamp(source: RenditionSource): string {
  const c = source.crop;
  const text = [c?.x, c?.y, c?.width, c?.height, source.focalX, source.focalY].map((v) => (v ?? 0).toFixed(4)).join(",");
  let hash = 0;
  for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

export function mediaFolder(id: string): string {
  return `media/${id.slice(-2)}/${id}`;
}

export async function makeRenditions(source: RenditionSource): Promise<Renditions> {
  const region = cropRegion(source.width, source.height, source.crop);
  const version = stamp(source);
  const out: Renditions = {};
  for (const spec of RENDITIONS) {
    const { data, info } = await render(source, region, spec);
    const key = `${mediaFolder(source.id)}/${spec.name}-${version}.${spec.format === "jpeg" ? "jpg" : spec.format}`;
    await getStorage().put(key, data, MIME_OF_FORMAT[spec.format]);
    out[spec.name] = { key, width: info.width, height: info.height, mimeType: MIME_OF_FORMAT[spec.format] };
  }
  return out;
}

async function render(source: RenditionSource, region: ReturnType<typeof cropRegion>, spec: RenditionSpec) {
  let image = sharp(source.master).extract(region);
  if (spec.aspect) {
    // Focal point on the whole picture, as a point of the cropped region.
    const fx = (source.focalX * source.width - region.left) / region.width;
    const fy = (source.focalY * source.height - region.top) / region.height;
    const cut = focalRegion(region.width, region.height, spec.aspect, fx, fy);
    // A second pipeline: sharp applies one extract before resize per pipeline.
    image = sharp(await image.toBuffer()).extract(cut);
  }
  image = image
    .resize({ width: spec.maxWidth, height: spec.maxHeight, fit: "inside", withoutEnlargement: true })
    // Print and browsers expect sRGB; transparency goes on white paper.
    .toColourspace("srgb")
    .flatten({ background: "#ffffff" });
  image = spec.format === "jpeg" ? image.jpeg({ quality: spec.quality, mozjpeg: true }) : image.webp({ quality: spec.quality });
  return image.toBuffer({ resolveWithObject: true });
}

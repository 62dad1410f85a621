// A library photo as the desk's client components receive it: plain data, the
// credit line already written, the storage keys left out.
import "server-only";
import { creditLine, focalWithinCrop, renditionSrc, type Crop } from "@/lib/domain/media";
import type { LibraryMedia } from "./list-media";

export interface LibraryItem {
  id: string;
  src: string;
  thumb: string;
  width: number;
  height: number;
  originalName: string;
  caption: string;
  altText: string;
  credit: { id: string; name: string } | null;
  creditRole: "photo" | "courtesy";
  creditLine: string;
  focalX: number;
  focalY: number;
  /** The focal point inside the crop, for CSS object-position where a box cuts the picture. */
  objectPosition: string;
  crop: Crop | null;
  uploadedBy: string | null;
  createdAt: string;
  usedIn: { id: string; headline: string; status: string }[];
}

export function toLibraryItem(media: LibraryMedia): LibraryItem {
  const crop = (media.crop as Crop | null) ?? null;
  const focal = focalWithinCrop(media.focalX, media.focalY, crop);
  return {
    id: media.id,
    src: `/media/${media.id}`,
    thumb: media.renditions.thumb ? renditionSrc(media.id, "thumb") : `/media/${media.id}`,
    // The web rendition's size: what the figure's srcset describes.
    width: media.renditions.web1600?.width ?? media.width,
    height: media.renditions.web1600?.height ?? media.height,
    originalName: media.originalName,
    caption: media.caption ?? "",
    altText: media.altText ?? "",
    credit: media.creditContributor,
    creditRole: media.creditRole,
    creditLine: media.creditContributor ? creditLine(media.creditContributor.name, media.creditRole) : "",
    focalX: media.focalX,
    focalY: media.focalY,
    objectPosition: `${Math.round(focal.x * 100)}% ${Math.round(focal.y * 100)}%`,
    crop,
    uploadedBy: media.uploadedBy?.name ?? null,
    createdAt: media.createdAt.toISOString(),
    usedIn: media.articles.map((a) => a.article),
  };
}

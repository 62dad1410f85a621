// What the composer shows, as the server loads it (lib/server/composition/compose-page).
import type { ComposePage } from "@/lib/server/composition/compose-page";

export type ComposeData = ComposePage;
export type PlacementView = ComposePage["placements"][number];
export type PoolArticle = ComposePage["pool"][number];
export type PageTab = ComposePage["pages"][number];

/** A placement's box on the column grid: what 组版 changes. */
export interface BoxValues {
  columnStart: number;
  columnSpan: number;
  height: number;
  headlineSize: number;
}

/** The result every layout action returns through next-safe-action. */
export type LayoutResult =
  | { data?: { version: number }; serverError?: { code: string; message: string }; validationErrors?: unknown }
  | undefined;

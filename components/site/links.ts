// Reader URLs (lib/domain/reader-urls) as typed routes: the dynamic reader
// routes take any slug, date and page, which typed routes cannot spell out.
import type { Route } from "next";

export function route(path: string): Route {
  return path as Route;
}

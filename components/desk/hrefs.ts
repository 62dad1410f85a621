// Where the desk's lists link to. The article page belongs to the editor's
// route, so its href is cast until typed routes know it.
import type { Route } from "next";

export function articleHref(id: string): Route {
  return `/desk/articles/${encodeURIComponent(id)}` as Route;
}

export function articleHistoryHref(id: string, query?: { from?: string; to?: string }): Route {
  const search = query ? new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString() : "";
  return `/desk/articles/${encodeURIComponent(id)}/history${search ? `?${search}` : ""}` as Route;
}

/** The article list with these filters (empty values left out). */
export function articleListHref(filter: Record<string, string | number | undefined>): Route {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return (query ? `/desk/articles?${query}` : "/desk/articles") as Route;
}

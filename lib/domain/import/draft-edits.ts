// The review form's edits of a draft, as pure functions of its articles. Each
// article carries a client-side key, so that React keeps a card's inputs with
// its article when articles move, merge or go.
import type { DraftArticle, DraftProblem, ImportDraft } from "./draft";

export interface KeyedArticle {
  key: string;
  article: DraftArticle;
}

let counter = 0;
export const keyed = (article: DraftArticle): KeyedArticle => ({ key: `a${++counter}`, article });

export function move(items: KeyedArticle[], index: number, by: -1 | 1): KeyedArticle[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return items;
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export const remove = (items: KeyedArticle[], index: number) => items.filter((_, at) => at !== index);

/**
 * 并入上一篇: the parser split one article at a sub-head it took for a headline.
 * The headline becomes a 小标题 of the previous article, followed by the body;
 * bylines not already there are appended, and the later 下转 wins.
 */
export function mergeIntoPrevious(items: KeyedArticle[], index: number): KeyedArticle[] {
  if (index < 1 || index >= items.length) return items;
  const previous = items[index - 1]!.article;
  const current = items[index]!.article;
  const heading = [current.kicker, current.headline].filter((text) => text?.trim()).join(" ");
  const same = (a: DraftArticle["bylines"][number], b: DraftArticle["bylines"][number]) => a.name.trim() === b.name.trim() && a.role === b.role;
  const merged: DraftArticle = {
    ...previous,
    paragraphs: [...previous.paragraphs, ...(heading ? [{ text: heading, subhead: true }] : []), ...current.paragraphs],
    bylines: [...previous.bylines, ...current.bylines.filter((byline) => !previous.bylines.some((had) => same(had, byline)))],
    jumpTo: current.jumpTo ?? previous.jumpTo,
  };
  return [...items.slice(0, index - 1), { ...items[index - 1]!, article: merged }, ...items.slice(index + 1)];
}

export const emptyArticle = (): DraftArticle => ({
  kicker: null, headline: "", subheadline: null, column: null, dateline: null, bylines: [], paragraphs: [{ text: "", subhead: false }], jumpFrom: null, jumpTo: null,
});

export const draftOf = (issue: ImportDraft["issue"], page: ImportDraft["page"], items: KeyedArticle[]): ImportDraft => ({
  issue, page, articles: items.map((item) => item.article),
});

/** Problems by the path of the field they belong to (`issue.date`, `articles.2.headline`). */
export function problemsByPath(problems: DraftProblem[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of problems) byPath.set(path, [...(byPath.get(path) ?? []), message]);
  return byPath;
}

/** The id of the form control a problem's path names, for the summary's links. */
export const fieldId = (path: string) => `field-${path.replaceAll(".", "-")}`;

// 见报统计: what each contributor had in print, the figures the centre pays
// 稿酬 from. The database counts (lib/server/stats); the rules of how its rows
// become a contributor's line, the report's totals and the finance office's
// CSV rows are here.
import { BYLINE_ROLES, type BylineRole } from "./article-input";

export type ContributorKind = "person" | "unit";

/**
 * Issues that went to press. 已付印 (locked) is when the paper is printed, so
 * it and every later state count: scheduled and published to the web, and
 * withdrawn (撤回 takes an issue off the reader site, not out of print, and
 * its contributors are still paid). Imported back issues land locked: they
 * were printed too. An unsigned page takes its issue back to 校对, out of
 * the count, until it is signed again.
 */
export const PRINTED_ISSUE_STATUSES = ["locked", "scheduled", "published", "withdrawn"] as const;

/** One contributor's figures over the period, as the database sums them. */
export interface ContributorStats {
  id: string;
  name: string;
  kind: ContributorKind;
  /** 篇数: printed articles that carry their byline, each once however many pages it ran on */
  pieces: number;
  /** 字数: the sum of those articles' 字数 (each co-author is credited the whole piece) */
  characters: number;
  /** 图片数: photos credited to them in printed articles */
  photos: number;
  /** pieces per byline role (a piece with two of their roles counts under both) */
  roles: Partial<Record<BylineRole, number>>;
}

/** One contributor's part in one printed article: a line of the detail and of the finance CSV. */
export interface StatsPiece {
  contributorId: string;
  contributorName: string;
  contributorKind: ContributorKind;
  articleId: string;
  issueId: string;
  /** 出版日期 (midnight UTC) */
  issueDate: Date;
  issueNumber: number;
  totalNumber: number;
  /** 版: where the article starts */
  pageNumber: number;
  /** every page it ran on (a jump continues on another) */
  pages: number[];
  headline: string;
  /** their roles in its byline; empty when only a photo of theirs is in it */
  roles: BylineRole[];
  /** the article's 字数, 0 when they are credited only for a photo */
  characters: number;
  photos: number;
}

export interface StatsTotals {
  issues: number;
  /** printed articles, each once */
  articles: number;
  characters: number;
  photos: number;
  contributors: number;
}

const byRole = (roles: Partial<Record<string, number>>): Partial<Record<BylineRole, number>> =>
  Object.fromEntries(BYLINE_ROLES.filter((role) => (roles[role] ?? 0) > 0).map((role) => [role, roles[role]!]));

/** Most pieces first, then most characters, most photos, then by name (Chinese collation). */
export function sortContributors<T extends Pick<ContributorStats, "pieces" | "characters" | "photos" | "name">>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => b.pieces - a.pieces || b.characters - a.characters || b.photos - a.photos || a.name.localeCompare(b.name, "zh-CN"),
  );
}

/** A row as the database returns it (bigint sums, a JSON of role counts) into a ContributorStats. */
export function contributorStatsOf(row: {
  id: string; name: string; kind: string; pieces: number | bigint; characters: number | bigint | null; photos: number | bigint | null;
  roles: Record<string, number> | null;
}): ContributorStats {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind === "unit" ? "unit" : "person",
    pieces: Number(row.pieces),
    characters: Number(row.characters ?? 0),
    photos: Number(row.photos ?? 0),
    roles: byRole(row.roles ?? {}),
  };
}

/** The same figures summed from piece rows: a contributor's detail and its header agree with the summary by construction. */
export function summarizePieces(pieces: readonly StatsPiece[]): ContributorStats[] {
  const people = new Map<string, ContributorStats>();
  for (const piece of pieces) {
    const person = people.get(piece.contributorId) ?? {
      id: piece.contributorId, name: piece.contributorName, kind: piece.contributorKind, pieces: 0, characters: 0, photos: 0, roles: {},
    };
    if (piece.roles.length > 0) {
      person.pieces += 1;
      person.characters += piece.characters;
      for (const role of new Set(piece.roles)) person.roles[role] = (person.roles[role] ?? 0) + 1;
    }
    person.photos += piece.photos;
    people.set(person.id, person);
  }
  return sortContributors([...people.values()].map((person) => ({ ...person, roles: byRole(person.roles) })));
}

/** Roles in the order the paper prints them, for the breakdown columns. */
export function rolesInUse(rows: readonly Pick<ContributorStats, "roles">[]): BylineRole[] {
  return BYLINE_ROLES.filter((role) => rows.some((row) => (row.roles[role] ?? 0) > 0));
}

/** 02, or 01→02 for a jumped article. */
export function pagesLabel(piece: Pick<StatsPiece, "pageNumber" | "pages">): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const rest = piece.pages.filter((n) => n !== piece.pageNumber).sort((a, b) => a - b);
  return [piece.pageNumber, ...rest].map(two).join("→");
}

/** Pieces in the order the finance office reads them: by person, then by date and page. */
export function sortPieces(pieces: readonly StatsPiece[]): StatsPiece[] {
  return [...pieces].sort(
    (a, b) =>
      a.contributorName.localeCompare(b.contributorName, "zh-CN") || a.contributorId.localeCompare(b.contributorId) ||
      a.issueDate.getTime() - b.issueDate.getTime() || a.pageNumber - b.pageNumber || a.headline.localeCompare(b.headline, "zh-CN"),
  );
}

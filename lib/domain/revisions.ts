// When a save becomes a new revision and when it folds into the last one:
// a minute of one person's typing is one revision in the history.
export const COALESCE_WINDOW_MS = 60_000;

export interface LastRevision {
  authorId: string | null;
  kind: string;
  createdAt: Date;
}

export function coalescesInto(last: LastRevision | null, authorId: string, now: Date): boolean {
  if (!last || last.kind !== "edit" || last.authorId !== authorId) return false;
  return now.getTime() - last.createdAt.getTime() < COALESCE_WINDOW_MS;
}

// Records the SQL the app's own code sends (through Prisma's pg adapter or raw
// queries), so that a test can EXPLAIN exactly those statements, not copies.
import pg from "pg";

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

const captured: CapturedQuery[] = [];
let recording = false;
const original = pg.Client.prototype.query;

/** Wraps pg's Client#query once; records while `capture()` runs. */
export function installQueryCapture(): void {
  if ((pg.Client.prototype.query as { folioCapture?: boolean }).folioCapture) return;
  const wrapped = function (this: pg.Client, ...args: unknown[]) {
    if (recording) {
      const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
      if (typeof first === "string") captured.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first === "object" && "text" in first) captured.push({ text: first.text, values: first.values ?? (Array.isArray(second) ? second : []) });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  (wrapped as { folioCapture?: boolean }).folioCapture = true;
  pg.Client.prototype.query = wrapped as typeof pg.Client.prototype.query;
}

/** The SELECTs that `run` sent. */
export async function capture(run: () => Promise<unknown>): Promise<CapturedQuery[]> {
  captured.length = 0;
  recording = true;
  try {
    await run();
  } finally {
    recording = false;
  }
  return captured.filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.text)).map((q) => ({ ...q }));
}

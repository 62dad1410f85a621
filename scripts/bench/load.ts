// One load run: autocannon against a URL (or a rotation of paths), after a
// warm-up whose figures are discarded. Figures: requests/s, latency p50, p99,
// errors (connection errors, timeouts and non-2xx answers).
import autocannon from "autocannon";

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  name: string;
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  p97_5Ms: number;
  errors: number;
  requests: number;
  bytesPerRequest: number;
  /** Requests/s of every round, when the run was repeated (the figures above are the median round's). */
  rounds?: number[];
  connections?: number;
}

/** The round with the median requests/s (of two, the better: a round can be starved by another job), carrying every round's figure. */
export function medianRound(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)]!, rounds: results.map((r) => Math.round(r.requestsPerSecond)) };
}

/** Paths taken in turn, each request the next one; shared by every run given it, so nothing repeats across rounds. */
export function rotation(paths: string[]): { first: string; next(): string; size: number } {
  let at = 0;
  return { first: paths[0]!, size: paths.length, next: () => paths[at++ % paths.length]! };
}

/** `paths`: one path, or a rotation. */
export async function loadRun(name: string, origin: string, paths: string | ReturnType<typeof rotation>, options: LoadOptions): Promise<LoadResult> {
  const turn = typeof paths === "string" ? rotation([paths]) : paths;
  const run = (seconds: number) =>
    autocannon({
      url: origin,
      connections: options.connections,
      duration: seconds,
      headers: options.headers,
      timeout: 10,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: turn.next() }) }],
    });
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const result = await run(options.seconds);
  const requests = result.requests.total;
  return {
    name,
    url: origin + turn.first + (turn.size > 1 ? ` (+${turn.size - 1} more)` : ""),
    requestsPerSecond: requests / options.seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p97_5Ms: result.latency.p97_5,
    errors: result.errors + result.timeouts + result.non2xx,
    requests,
    bytesPerRequest: requests ? Math.round(result.throughput.total / requests) : 0,
    connections: options.connections,
  };
}

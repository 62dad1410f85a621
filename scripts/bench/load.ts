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
  errors: number;
  requests: number;
  bytesPerRequest: number;
}

/** `paths`: one path, or several taken in turn (each request the next one). */
export async function loadRun(name: string, origin: string, paths: string | string[], options: LoadOptions): Promise<LoadResult> {
  const list = Array.isArray(paths) ? paths : [paths];
  let next = 0;
  const run = (seconds: number) =>
    autocannon({
      url: origin,
      connections: options.connections,
      duration: seconds,
      headers: options.headers,
      timeout: 10,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: list[next++ % list.length]! }) }],
    });
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const result = await run(options.seconds);
  const requests = result.requests.total;
  return {
    name,
    url: origin + list[0] + (list.length > 1 ? ` (+${list.length - 1} more)` : ""),
    requestsPerSecond: requests / options.seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests,
    bytesPerRequest: requests ? Math.round(result.throughput.total / requests) : 0,
  };
}

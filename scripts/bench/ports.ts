// Ports for what the bench starts: FOLIO_BENCH_PORTS (default 3200-3299), the
// first free ones, so that a bench never takes a port another run holds.
import net from "node:net";

const [FIRST, LAST] = (process.env.FOLIO_BENCH_PORTS ?? "3200-3299").split("-").map(Number) as [number, number];
const SIZE = LAST - FIRST + 1;
// Each process starts at its own place in the range, so that two processes
// asking at the same moment (parallel test workers) rarely pick the same port.
let offset = process.pid % SIZE;
let tried = 0;

export async function benchPort(): Promise<number> {
  while (tried++ < SIZE) {
    const port = FIRST + (offset++ % SIZE);
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port left in ${FIRST}-${LAST} (FOLIO_BENCH_PORTS).`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

// Failed sign-ins are limited per account and per address. The counters live
// in PostgreSQL, so every app instance behind the same database shares them.
import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";

const WINDOW_SECONDS = 15 * 60;

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;
function get() {
  limiters ??= {
    // Five wrong passwords lock an account for the rest of the window.
    account: new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimiterFlexible",
      keyPrefix: "signin-account",
      points: 5,
      duration: WINDOW_SECONDS,
    }),
    // An address may try several accounts (a shared newsroom connection), but not many.
    address: new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimiterFlexible",
      keyPrefix: "signin-address",
      points: 30,
      duration: WINDOW_SECONDS,
    }),
  };
  return limiters;
}

/** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
export async function secondsUntilAllowed(email: string, address: string): Promise<number> {
  const { account, address: byAddress } = get();
  const [a, b] = await Promise.all([account.get(email), byAddress.get(address)]);
  const blocked = [a, b].filter(
    (res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0,
  );
  return blocked.length === 0 ? 0 : Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
}

export async function countFailure(email: string, address: string): Promise<void> {
  const { account, address: byAddress } = get();
  // consume() rejects once the points are spent; the count is what matters here.
  await Promise.allSettled([account.consume(email), byAddress.consume(address)]);
}

export async function clearFailures(email: string): Promise<void> {
  await get().account.delete(email);
}

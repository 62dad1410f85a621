// After a publish, correction or withdrawal: the caching proxy in front of the
// app instances fetches the issue's reader URLs again. Open-source nginx has no
// purge; a request carrying X-Folio-Refresh with the shared secret bypasses the
// cache and stores the fresh answer (a 404 for a withdrawn issue), see
// deploy/nginx/folio.conf. Does nothing unless FOLIO_PROXY_URL and
// FOLIO_PROXY_REFRESH_SECRET are set. Runs after the response (after()):
// editors do not wait for 80 page renders.
import "server-only";
import { setTimeout as wait } from "node:timers/promises";
import { after } from "next/server";
import pLimit from "p-limit";
import { getDb } from "@/lib/db";
import { issueReaderPaths } from "@/lib/domain/proxy-refresh";
import type { SnapshotContent } from "@/lib/domain/snapshot";
import { logUnexpected } from "@/lib/server/log";

export function refreshProxyAfterResponse(issueId: string): void {
  const proxy = process.env.FOLIO_PROXY_URL;
  const secret = process.env.FOLIO_PROXY_REFRESH_SECRET;
  if (!proxy || !secret) return;
  after(() => refreshProxy(proxy, secret, issueId).catch((error: unknown) => logUnexpected(error, { job: "proxy.refresh", issueId })));
}

/**
 * Other instances hear of the revalidation by PostgreSQL NOTIFY, within
 * milliseconds but not at once: a refresh answered by one that has not yet
 * heard would store the old page in the proxy for another minute.
 */
const PROPAGATION_MS = 1_000;

async function refreshProxy(proxy: string, secret: string, issueId: string): Promise<void> {
  await wait(PROPAGATION_MS);
  const snapshot = await getDb().issueSnapshot.findFirst({
    where: { issueId },
    orderBy: { version: "desc" },
    select: { content: true, issue: { select: { publication: { select: { isDefault: true } } } } },
  });
  if (!snapshot) return;
  const paths = issueReaderPaths(snapshot.content as unknown as SnapshotContent, snapshot.issue.publication.isDefault);
  const limit = pLimit(4);
  await Promise.all(
    paths.map((path) =>
      limit(async () => {
        const response = await fetch(new URL(path, proxy), { headers: { "X-Folio-Refresh": secret }, redirect: "manual" });
        await response.arrayBuffer();
      }),
    ),
  );
}

// Search's pair indexes (GIN) take a published issue's ~100,000 new keys into
// their pending list, which is quick; a later insert that finds the list full
// (4 MB, about two issues) merges it into the index first and makes that
// publish wait a second or more. Merging right after each publish, after the
// response, keeps the list short for publishing and for searches, which read
// the whole list.
import "server-only";
import { after } from "next/server";
import { getDb } from "@/lib/db";
import { logUnexpected } from "@/lib/server/log";

export function mergeSearchIndexAfterResponse(): void {
  after(() =>
    getDb()
      .$queryRaw`SELECT gin_clean_pending_list('"PublishedArticle_search_bigrams_idx"'::regclass), gin_clean_pending_list('"PublishedArticle_headline_bigrams_idx"'::regclass)`
      .catch((error: unknown) => logUnexpected(error, { job: "search.index.merge" })),
  );
}

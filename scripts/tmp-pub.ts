import { getDb } from "@/lib/db";
import { buildSnapshotContent, writeSnapshot } from "@/lib/server/publishing/snapshot";
const db = getDb();
const issue = await db.issue.findFirstOrThrow({ where: { publication: { slug: "zhoubao" } }, orderBy: { date: "desc" }, select: { id: true } });
const user = await db.user.findFirstOrThrow({ where: { email: "chief@folio.local" } });
for (let i = 0; i < 2; i++) {
  await db.$transaction(async (tx) => {
    let t = performance.now();
    await buildSnapshotContent(tx, issue.id);
    const build = performance.now() - t; t = performance.now();
    await writeSnapshot(tx, issue.id, user.id);
    console.log(`content ${build.toFixed(0)} ms, writeSnapshot ${(performance.now() - t).toFixed(0)} ms`);
    throw new Error("rollback");
  }, { timeout: 60_000 }).catch((e) => { if (e.message !== "rollback") throw e; });
  await db.$executeRawUnsafe(`SELECT gin_clean_pending_list('"PublishedArticle_search_bigrams_idx"'::regclass), gin_clean_pending_list('"PublishedArticle_headline_bigrams_idx"'::regclass)`).catch(e => console.log(String(e)));
}
await db.$disconnect();

// For looking into a bench figure by hand: the production build on a fresh
// database with the demo and a generated archive, kept running until Ctrl-C.
// `tsx scripts/bench/serve-archive.ts --issues 40` prints the app's address.
import { randomBytes } from "node:crypto";
import { generateArchive } from "./archive/generate.ts";
import { startBenchDatabase, startFolio } from "./server.ts";

const at = process.argv.indexOf("--issues");
const issues = at >= 0 ? Number(process.argv[at + 1]) : 40;
const database = await startBenchDatabase(console.error);
console.error(await generateArchive(database.url, issues, console.error));
const app = await startFolio(database, { NEXTAUTH_SECRET: randomBytes(32).toString("base64url") }, console.error);
console.log(`${app.origin} (database ${database.url})`);
const stop = async () => {
  await app.stop();
  await database.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

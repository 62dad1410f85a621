// `npm run bench`: every benchmark in scripts/bench, one after another, each
// printing its figures beside a baseline measured in the same run. Arguments
// after `--` go to every bench (e.g. `npm run bench -- --no-build`).
// `--quick` (CI, the end of `npm test`): a small archive and short load runs,
// and Lighthouse once per view on the mobile preset, reporting only (the
// figures of a shared CI machine are not a gate).
// Exits non-zero when any bench does.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const BENCHES: [string, string[]][] = [
  ["load-bench", args],
  // The load bench has built the app when it had to.
  ["lighthouse", quick ? ["--no-build", "--runs", "1", "--preset", "mobile", "--no-fail"] : ["--no-build", ...args.filter((a) => a !== "--no-build")]],
];

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const failed: string[] = [];
for (const [bench, benchArgs] of BENCHES) {
  console.log(`\n=== bench: ${bench} ===`);
  const result = spawnSync(process.execPath, [tsx, path.join(import.meta.dirname, `${bench}.ts`), ...benchArgs], { stdio: "inherit" });
  if (result.status !== 0) failed.push(`${bench} (exit ${result.status ?? result.signal})`);
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}

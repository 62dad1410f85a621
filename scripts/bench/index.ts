// `npm run bench`: every benchmark in scripts/bench, one after another, each
// printing its figures beside a baseline measured in the same run. Arguments
// after `--` go to every bench (e.g. `npm run bench -- --no-build`).
// Exits non-zero when any bench does.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const BENCHES = ["lighthouse"];

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const args = process.argv.slice(2);
const failed: string[] = [];
for (const bench of BENCHES) {
  console.log(`\n=== bench: ${bench} ===`);
  const result = spawnSync(process.execPath, [tsx, path.join(import.meta.dirname, `${bench}.ts`), ...args], { stdio: "inherit" });
  if (result.status !== 0) failed.push(`${bench} (exit ${result.status ?? result.signal})`);
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}

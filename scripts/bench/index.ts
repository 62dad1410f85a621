// `npm run bench`: the load bench (load-bench.ts), which ends with Lighthouse
// (lighthouse.ts) on the same app, every figure beside a baseline measured in
// the same run. Arguments after `--` go to it (`--quick`, `--no-build`, …);
// `npm run bench:lighthouse` runs Lighthouse alone on a server of its own.
// `--quick` (CI, the end of `npm test`): a small archive, short load runs and
// Lighthouse once per view on the mobile preset, reporting only (the figures of
// a shared CI machine are not a gate). Exits non-zero when a bench does.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const result = spawnSync(process.execPath, [tsx, path.join(import.meta.dirname, "load-bench.ts"), ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);

// `npm test`: every test, then the quick bench as a report (not a gate). Stops
// at the first step that fails. Its last line adds up what the runners counted
// ("tests: N passed, N failed, N skipped"), read from their JSON reports: the
// bench's table comes after the runners' own summaries, and CI reads the end.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const REPORTS = "test-reports";

type Counts = { passed: number; failed: number; skipped: number };

const steps: { command: string[]; report?: string }[] = [
  { command: ["npm", "run", "typecheck"] },
  ...(["unit", "integration"] as const).map((project) => ({
    command: [
      "npx", "vitest", "run", "--project", project,
      "--reporter=default", "--reporter=json", `--outputFile.json=${REPORTS}/${project}.json`,
    ],
    report: `${REPORTS}/${project}.json`,
  })),
  // playwright.config.ts writes its JSON report there.
  { command: ["npm", "run", "test:e2e"], report: `${REPORTS}/e2e.json` },
  { command: ["npm", "run", "bench", "--", "--quick", "--no-build"] },
];

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
  const [command, ...args] = step.command as [string, ...string[]];
  const run = spawnSync(command, args, { stdio: "inherit" });
  const counts = step.report ? countsIn(step.report) : undefined;
  if (counts) for (const key of ["passed", "failed", "skipped"] as const) total[key] += counts[key];
  if (run.status !== 0) {
    console.error(`\n${step.command.join(" ")} failed (exit ${run.status ?? run.signal}).`);
    console.log(summary(total));
    process.exit(run.status || 1);
  }
}
console.log(`\n${summary(total)}`);

function summary({ passed, failed, skipped }: Counts): string {
  return `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
}

function countsIn(file: string): Counts | undefined {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  if ("numPassedTests" in report) {
    const vitest = report as Record<"numPassedTests" | "numFailedTests" | "numPendingTests" | "numTodoTests", number>;
    return {
      passed: vitest.numPassedTests,
      failed: vitest.numFailedTests,
      skipped: vitest.numPendingTests + vitest.numTodoTests,
    };
  }
  // Playwright: a flaky test passed on its retry.
  const stats = report.stats as Record<"expected" | "unexpected" | "flaky" | "skipped", number>;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

// Runs the Prisma CLI the way it works offline: the client is engine-less
// (engineType = "client"), but Prisma 6's CLI still tries to download a native
// query engine unless PRISMA_QUERY_ENGINE_LIBRARY names an existing file.
// That file is never loaded, so any file will do; the schema is always there.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

export function prismaEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PRISMA_QUERY_ENGINE_LIBRARY:
      process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? path.resolve("prisma/schema.prisma"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    // `prisma validate` and `generate` read the datasource url without connecting.
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/unused",
    ...extra,
  };
}

export function runPrisma(args: string[], extra: Record<string, string> = {}, quiet = false): void {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    env: prismaEnv(extra),
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    runPrisma(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

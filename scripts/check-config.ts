// Checks Folio's configuration before the server starts (scripts/serve.ts, and
// the Docker image's command), so that a wrong setting stops the start with a
// Chinese message naming it: DATABASE_URL, NEXTAUTH_SECRET, the URLs, S3.
// Run directly (`tsx scripts/check-config.ts`) it checks a production start.
import pg from "pg";
import { configProblems, describeDatabase, type ConfigCheck } from "../lib/domain/startup-config.ts";
import { format, messages } from "../lib/i18n/index.ts";

const t = messages.ops.config;

/** Exits the process with the problems listed when the configuration is wrong. */
export async function checkConfig(check: ConfigCheck, env = process.env): Promise<void> {
  const problems = configProblems(env, check);
  if (problems.length === 0 && env.DATABASE_URL) {
    const unreachable = await databaseProblem(env.DATABASE_URL);
    if (unreachable) problems.push(format(t.databaseUnreachable, { where: describeDatabase(env.DATABASE_URL), reason: unreachable }));
  }
  if (problems.length === 0) return;
  console.error([t.heading, ...problems.map((problem) => `  - ${problem}`)].join("\n"));
  process.exit(1);
}

async function databaseProblem(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    // The driver's code (ECONNREFUSED, 28P01 …) tells what is wrong without echoing the URL.
    const { code, message } = error as { code?: string; message?: string };
    return code ?? message?.slice(0, 80) ?? "unknown";
  } finally {
    await client.end().catch(() => {});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await checkConfig({ production: true, embeddedDatabase: false });
}

// What Folio needs from its environment before it starts, checked once by the
// start scripts (scripts/check-config.ts) so that a wrong setting stops the
// start with a message that names it, instead of failing later on a request.
import { format, messages } from "@/lib/i18n";

const t = messages.ops.config;
const MIN_SECRET_LENGTH = 32;

export interface ConfigCheck {
  /** `next start` for real users: a missing secret is an error, not a default. */
  production: boolean;
  /** The start script brings its own embedded database when DATABASE_URL is unset. */
  embeddedDatabase: boolean;
}

export function configProblems(env: Record<string, string | undefined>, { production, embeddedDatabase }: ConfigCheck): string[] {
  const problems: string[] = [];
  const database = env.DATABASE_URL;
  if (!database) {
    if (!embeddedDatabase) problems.push(t.databaseMissing);
  } else if (!/^postgres(ql)?:$/.test(urlOrNull(database)?.protocol ?? "")) {
    problems.push(t.databaseInvalid);
  }
  const secret = env.NEXTAUTH_SECRET;
  if (production && !secret) problems.push(t.secretMissing);
  else if (secret && secret.length < MIN_SECRET_LENGTH) problems.push(format(t.secretShort, { length: MIN_SECRET_LENGTH }));
  for (const name of ["NEXTAUTH_URL", "SITE_URL", "FOLIO_S3_ENDPOINT"] as const) {
    const value = env[name];
    if (value && !/^https?:$/.test(urlOrNull(value)?.protocol ?? "")) problems.push(format(t.urlInvalid, { name }));
  }
  if (env.FOLIO_S3_BUCKET && Boolean(env.FOLIO_S3_ACCESS_KEY_ID) !== Boolean(env.FOLIO_S3_SECRET_ACCESS_KEY)) problems.push(t.s3Credentials);
  return problems;
}

/** A database URL fit for a message: host, port and database, never the password. */
export function describeDatabase(url: string): string {
  const parsed = urlOrNull(url);
  return parsed ? `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}` : "?";
}

function urlOrNull(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

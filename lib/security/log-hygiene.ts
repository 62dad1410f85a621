// What may reach a log line. Logs leave the newsroom (log services, support
// tickets), so they never carry passwords, session tokens or article text —
// unpublished text is the newsroom's most sensitive data. Pure, so the rules
// are unit-tested.

/** Keys whose values are replaced wherever they appear in a logged object (pino redact paths). */
export const REDACTED_KEYS = [
  "password", "passwordHash", "current", "confirm", "token", "tokenHash", "sessionToken",
  "cookie", "authorization", "secret", "body", "text", "doc", "content", "sourceText", "draft",
] as const;

export const redactPaths = (): string[] => REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

const QUOTED = /"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”|‘[^’]*’/g;
// CJK ideographs, kana, hangul, CJK punctuation and fullwidth forms: written text, never code.
const WRITTEN_TEXT = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/g;

/**
 * An error message fit for a log: quoted values and written Chinese are cut
 * out (a JSON or database error quotes its input, which may be an article's
 * text), the rest — the error's kind, codes, field names — is kept.
 */
export function scrubMessage(message: string, max = 200): string {
  const scrubbed = message.replace(QUOTED, "…").replace(WRITTEN_TEXT, "…").replace(/\s+/g, " ").trim();
  return scrubbed.length > max ? `${scrubbed.slice(0, max)}…` : scrubbed;
}

export interface LoggedError {
  name: string;
  message: string;
  code?: string;
  /** Where it was thrown: file and line of the first frames, without their text. */
  at?: string[];
}

export function loggedError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { name: "NonError", message: typeof error };
  const code = (error as { code?: unknown }).code;
  const at = error.stack
    ?.split("\n")
    .slice(1, 4)
    .map((line) => line.trim().replace(/^at\s+/, ""));
  return { name: error.name, message: scrubMessage(error.message), ...(typeof code === "string" ? { code } : {}), ...(at?.length ? { at } : {}) };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id handed on by a proxy in front (nginx's $request_id), if it looks like one. */
export function acceptedRequestId(value: string | null): string | null {
  return value && REQUEST_ID.test(value) ? value : null;
}

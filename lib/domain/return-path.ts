// Where to go after signing in. Only paths on this site are followed, so that
// a crafted link cannot send a user elsewhere (an open redirect).
export const DEFAULT_RETURN_PATH = "/desk";

export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return DEFAULT_RETURN_PATH;
  // "//host" and "/\host" are read by browsers as another site.
  if (value.startsWith("//") || value.startsWith("/\\")) return DEFAULT_RETURN_PATH;
  if (/[\u0000-\u001f]/.test(value)) return DEFAULT_RETURN_PATH;
  if (value === "/login" || value.startsWith("/login?")) return DEFAULT_RETURN_PATH;
  return value;
}

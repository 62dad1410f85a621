// Turns any error into what the user may see: a code and a Chinese message.
// Internal details go to the server log only.
import "server-only";
import { AppError, type ErrorCode, type Reason } from "@/lib/domain/errors";
import { messages } from "@/lib/i18n";
import { logUnexpected } from "./log";

export interface PublicError {
  code: ErrorCode;
  message: string;
}

export function toPublicError(error: unknown): PublicError {
  if (error instanceof AppError) {
    const message = error.reason ? messages.refusals[error.reason] : messages.errors[error.code];
    return { code: error.code, message };
  }
  // Logged without the raw message, which may hold SQL or article text.
  logUnexpected(error);
  return { code: "internal", message: messages.errors.internal };
}

/**
 * Throws a rule's refusal (a Verdict of lib/domain), so that the user is told
 * exactly why: refusals that ask for missing input are validation errors, the
 * others forbidden.
 */
export function enforceVerdict(verdict: { ok: true } | { ok: false; refusal: Reason }, validation: readonly Reason[] = []): void {
  if (verdict.ok) return;
  throw new AppError(validation.includes(verdict.refusal) ? "validation" : "forbidden", verdict.refusal, verdict.refusal);
}

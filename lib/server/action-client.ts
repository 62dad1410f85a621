// The one wrapper around every server action of the desk: validate the input
// (zod), check the session and the permission named in the action's metadata,
// then run one use case. Errors reach the client as { code, message } only.
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { ACTIONS } from "@/lib/domain/permissions";
import { authorize } from "./auth/session";
import { toPublicError, type PublicError } from "./errors";
import { requestLogger } from "./log";

const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ permission: z.enum(ACTIONS) }),
  handleServerError: (error): PublicError => toPublicError(error),
});

export const deskAction = actionClient.use(async ({ next, metadata }) => {
  const user = await authorize(metadata.permission).catch(async (error: unknown) => {
    // Refusals are a security signal: who was refused what (never the input).
    (await requestLogger()).warn({ permission: metadata.permission, code: (error as { code?: string }).code }, "server action refused");
    throw error;
  });
  return next({ ctx: { user } });
});

/**
 * Actions without a session, whose input carries its own credential (a
 * one-time invite or reset link): no metadata, no permission. The permission
 * test lists each one with why.
 */
export const publicAction = createSafeActionClient({
  handleServerError: (error): PublicError => toPublicError(error),
});

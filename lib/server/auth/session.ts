// The guards every page, server action and route handler under /desk calls.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/domain/errors";
import { can, type Action } from "@/lib/domain/permissions";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

/** Read once per request: the layout and the page both ask, and each read loads the user. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireSessionUser(returnTo = "/desk"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For actions and routes: the signed-in user if their roles allow `action`. */
export async function authorize(action: Action): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthenticated");
  if (!can(user.roles, action)) throw new AppError("forbidden", `${user.id} may not ${action}`);
  return user;
}

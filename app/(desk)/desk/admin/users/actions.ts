"use server";
// 用户与角色. Each action: zod input, session and admin.users (deskAction),
// one use case of lib/server/admin, then the user screens are refreshed.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { deskAction } from "@/lib/server/action-client";
import { changeUserRoles } from "@/lib/server/admin/change-user-roles";
import { createUser } from "@/lib/server/admin/create-user";
import { issueUserLink } from "@/lib/server/admin/issue-user-link";
import { revokeUserSessions } from "@/lib/server/admin/revoke-user-sessions";
import { setUserActive } from "@/lib/server/admin/set-user-active";

const metadata = { permission: "admin.users" } as const;
const userId = z.string().min(1).max(40);
const roles = z.array(z.enum(ROLES)).max(ROLES.length);

function refresh(id?: string) {
  revalidatePath("/desk/admin", "layout");
  if (id) revalidatePath(`/desk/admin/users/${id}`);
}

/** The link is returned once, to be shown once: it is stored nowhere in the clear. */
const linkResult = (result: { user: { id: string; name: string }; link: { path: string; expiresAt: Date } }) => ({
  userId: result.user.id,
  name: result.user.name,
  path: result.link.path,
  expiresAt: result.link.expiresAt.toISOString(),
});

export const createUserAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ name: z.string().trim().min(1).max(40), email: z.string().trim().toLowerCase().max(200).pipe(z.email()), roles }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await createUser(ctx.user, parsedInput);
    refresh();
    return linkResult(result);
  });

export const issueUserLinkAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ userId, kind: z.enum(["invite", "password_reset"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await issueUserLink(ctx.user, parsedInput);
    refresh(result.user.id);
    return linkResult(result);
  });

export const changeUserRolesAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ userId, roles }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeUserRoles(ctx.user, parsedInput);
    refresh(parsedInput.userId);
    return result;
  });

export const setUserActiveAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ userId, active: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    await setUserActive(ctx.user, parsedInput);
    refresh(parsedInput.userId);
  });

export const revokeUserSessionsAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ userId }))
  .action(async ({ parsedInput: { userId: id }, ctx }) => {
    await revokeUserSessions(ctx.user, id);
    refresh(id);
  });

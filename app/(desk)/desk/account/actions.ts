"use server";
// 我的账号: every signed-in user (desk.enter) changes their own password or
// ends all their sessions. Nothing is revalidated: the session just ended, and
// the page says so and sends the person to sign in again.
import { z } from "zod";
import { deskAction } from "@/lib/server/action-client";
import { changeOwnPassword } from "@/lib/server/account/change-own-password";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";

const metadata = { permission: "desk.enter" } as const;
// Long enough for the rules to answer with their own message; never logged.
const secret = z.string().max(1000);

export const changeOwnPasswordAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ current: secret, password: secret, confirm: secret }))
  .action(async ({ parsedInput, ctx }) => {
    await changeOwnPassword(ctx.user, parsedInput);
  });

export const signOutEverywhereAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({}))
  .action(async ({ ctx }) => {
    await signOutEverywhere(ctx.user);
  });

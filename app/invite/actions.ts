"use server";
// 设置密码 from a one-time link (invite or reset): no session; the token in
// the input is the credential, checked by the use case.
import { z } from "zod";
import { publicAction } from "@/lib/server/action-client";
import { setPasswordFromLink } from "@/lib/server/admin/set-password-from-link";

const secret = z.string().max(1000);

export const setPasswordFromLinkAction = publicAction
  .inputSchema(z.object({ token: z.string().min(1).max(100), kind: z.enum(["invite", "password_reset"]), password: secret, confirm: secret }))
  .action(async ({ parsedInput }) => setPasswordFromLink(parsedInput));

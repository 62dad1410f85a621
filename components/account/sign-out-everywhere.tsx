"use client";
// 退出所有设备: ends every session of the user, then signs this browser out too.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { signOutEverywhereAction } from "@/app/(desk)/desk/account/actions";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { messages } from "@/lib/i18n";

const t = messages.admin.account.signOutEverywhere;

export function SignOutEverywhere() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setPending(true);
    const result = await signOutEverywhereAction({}).catch(() => ({ serverError: { message: messages.errors.internal } }));
    if (result?.serverError) {
      setPending(false);
      return setError(result.serverError.message);
    }
    await signOut({ callbackUrl: "/login" });
  }

  return (
    <div className="space-y-2">
      <ConfirmButton label={t.submit} question={t.confirm} pendingLabel={t.working} pending={pending} tone="plain" onConfirm={run} />
      {error && <p role="alert" className="text-sm text-brand-800">{error}</p>}
    </div>
  );
}

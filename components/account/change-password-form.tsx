"use client";
// 修改密码: current password, the new one twice. Success ends every session,
// this one included, so the page says so and offers to sign in again.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { changeOwnPasswordAction } from "@/app/(desk)/desk/account/actions";
import { messages } from "@/lib/i18n";
import { localPasswordProblem, PasswordFields, passwordInput } from "./password-fields";
import { usePasswordSubmit } from "./use-password-submit";

const t = messages.admin.account.change;

export function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const { value, change, clearError, error, pending, done, ready, submit } = usePasswordSubmit();

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    void submit(!current ? t.currentRequired : localPasswordProblem(value.password, value.confirm), () => changeOwnPasswordAction({ current, ...value }));
  }

  if (done) {
    return (
      <div role="status" data-testid="password-changed" className="space-y-3 rounded-md border border-emerald-300 bg-emerald-50 p-4">
        <p className="font-semibold text-emerald-900">{t.doneTitle}</p>
        <p className="text-sm text-emerald-900">{t.doneIntro}</p>
        <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700">
          {t.signInAgain}
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate data-testid="change-password" className="max-w-md space-y-4">
      <label className="block">
        <span className="text-sm font-medium text-stone-700">{t.current}</span>
        <input name="current-password" type="password" autoComplete="current-password" value={current} onChange={(e) => { setCurrent(e.target.value); clearError(); }} className={passwordInput} />
      </label>
      <PasswordFields password={value.password} confirm={value.confirm} onChange={change} labels={{ password: t.next, confirm: t.confirm }} />
      {error && <p role="alert" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2.5 text-sm text-brand-800">{error}</p>}
      <button type="submit" disabled={pending || !ready} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

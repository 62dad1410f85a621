"use client";
// 设置密码 from an invite or reset link. On success the person is sent to sign
// in with the new password (the page says which email to use).
import Link from "next/link";
import { useState } from "react";
import { setPasswordFromLinkAction } from "@/app/invite/actions";
import { format, messages } from "@/lib/i18n";
import { localPasswordProblem, PasswordFields } from "./password-fields";
import { usePasswordSubmit } from "./use-password-submit";

const t = messages.admin.accept;

interface Props {
  token: string;
  kind: "invite" | "password_reset";
  name: string;
  email: string;
}

export function LinkPasswordForm({ token, kind, name, email }: Props) {
  const { value, change, error, pending, done, ready, submit } = usePasswordSubmit();

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    void submit(localPasswordProblem(value.password, value.confirm), () => setPasswordFromLinkAction({ token, kind, ...value }));
  }

  if (done) {
    return (
      <div role="status" data-testid="password-set" className="space-y-4">
        <h1 className="text-2xl font-semibold text-stone-900">{t.doneTitle}</h1>
        <p className="text-sm text-stone-600">{format(t.doneIntro, { email })}</p>
        <Link href="/login" className="inline-block rounded-md bg-brand-600 px-5 py-2.5 text-base font-medium text-white shadow-sm hover:bg-brand-700">{t.toLogin}</Link>
      </div>
    );
  }

  return (
    <div>
      <h1 className="text-2xl font-semibold text-stone-900">{kind === "invite" ? t.inviteTitle : t.resetTitle}</h1>
      <p className="mt-2 text-sm leading-relaxed text-stone-600">{format(kind === "invite" ? t.inviteIntro : t.resetIntro, { name })}</p>
      <form onSubmit={onSubmit} method="post" noValidate className="mt-6 space-y-5">
        {/* The account name, for the browser's password manager to file the new password under. */}
        <label className="block">
          <span className="text-sm font-medium text-stone-700">{t.email}</span>
          <input name="email" type="email" autoComplete="username" value={email} readOnly className="mt-1.5 block w-full rounded-md border border-stone-200 bg-stone-100 px-3 py-2.5 text-base text-stone-700" />
        </label>
        <PasswordFields password={value.password} confirm={value.confirm} onChange={change} labels={{ password: t.password, confirm: t.confirm }} />
        {error && <p role="alert" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2.5 text-sm text-brand-800">{error}</p>}
        <button type="submit" disabled={pending || !ready} className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-base font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.submitting : t.submit}
        </button>
      </form>
    </div>
  );
}

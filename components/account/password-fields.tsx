"use client";
// A new password typed twice, with the rules beside it and a switch to show
// what was typed (on a phone, typing blind twice is where people give up).
import { useId, useState } from "react";
import { messages } from "@/lib/i18n";

const t = messages.admin.password;
export const passwordInput =
  "mt-1.5 block w-full rounded-md border border-stone-300 bg-white px-3 py-2.5 text-base shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

interface Props {
  password: string;
  confirm: string;
  onChange(value: { password: string; confirm: string }): void;
  labels: { password: string; confirm: string };
}

export function PasswordFields({ password, confirm, onChange, labels }: Props) {
  const [shown, setShown] = useState(false);
  const rules = useId();
  const type = shown ? "text" : "password";
  return (
    <div className="space-y-4">
      <label className="block">
        <span className="text-sm font-medium text-stone-700">{labels.password}</span>
        <input name="new-password" type={type} autoComplete="new-password" value={password} aria-describedby={rules} onChange={(e) => onChange({ password: e.target.value, confirm })} className={passwordInput} />
      </label>
      <label className="block">
        <span className="text-sm font-medium text-stone-700">{labels.confirm}</span>
        <input name="confirm-password" type={type} autoComplete="new-password" value={confirm} onChange={(e) => onChange({ password, confirm: e.target.value })} className={passwordInput} />
      </label>
      <p id={rules} className="text-xs leading-relaxed text-stone-500">{t.rules}</p>
      <label className="flex items-center gap-2 text-sm text-stone-600">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} className="size-4 accent-brand-600" />
        {t.show}
      </label>
    </div>
  );
}

/** What can be said before asking the server: too short, or the two differ. */
export function localPasswordProblem(password: string, confirm: string): string | null {
  if (Array.from(password).length < 10) return t.tooShort;
  if (password !== confirm) return t.mismatch;
  return null;
}

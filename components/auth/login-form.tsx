"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { DEMO_PASSWORD } from "@/lib/domain/demo-accounts";
import type { Role } from "@/lib/domain/roles";
import { signInProblem } from "@/lib/domain/sign-in-error";
import { format, messages } from "@/lib/i18n";

const t = messages.login;
const inputClass =
  "mt-1.5 block w-full rounded-md border border-stone-300 bg-white px-3 py-2.5 text-base shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

interface Props {
  returnTo: string;
  demoAccounts: { email: string; role: Role }[];
}

function errorMessage(error: string): string {
  const problem = signInProblem(error);
  if (problem.kind === "rateLimited") return format(t.errors.rateLimited, { minutes: problem.minutes });
  return t.errors[problem.kind];
}

export function LoginForm({ returnTo, demoAccounts }: Props) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) return setError(t.errors.missing);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(returnTo as "/desk");
        router.refresh();
        return;
      }
      setError(errorMessage(result?.error ?? ""));
    } catch {
      setError(t.errors.network);
    }
    setPending(false);
  }

  return (
    <div className="w-full max-w-sm">
      <p className="font-serif text-3xl font-bold text-brand-700 lg:hidden">{messages.app.name}</p>
      <h1 className="mt-4 text-2xl font-semibold text-stone-900 lg:mt-0">{t.title}</h1>
      <p className="mt-1 text-sm text-stone-500">{t.subtitle}</p>

      <form onSubmit={submit} noValidate className="mt-8 space-y-5">
        <label className="block">
          <span className="text-sm font-medium text-stone-700">{t.email}</span>
          <input
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            placeholder={t.emailPlaceholder}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className={inputClass}
          />
        </label>
        <label className="block">
          <span className="text-sm font-medium text-stone-700">{t.password}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={inputClass}
          />
        </label>

        {error && (
          <p role="alert" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2.5 text-sm text-brand-800">
            {error}
          </p>
        )}

        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-base font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60"
        >
          {pending ? t.submitting : t.submit}
        </button>
      </form>

      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-accounts" className="mt-10 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="demo-accounts" className="text-sm font-semibold text-stone-800">{t.demo.title}</h2>
          <p className="mt-0.5 text-xs text-stone-500">{format(t.demo.hint, { password: DEMO_PASSWORD })}</p>
          <ul className="mt-3 divide-y divide-stone-100">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(DEMO_PASSWORD);
                    setError(null);
                  }}
                  className="flex w-full items-center justify-between gap-3 py-2 text-left text-sm hover:text-brand-700"
                >
                  <span className="font-medium">{messages.roles[account.role]}</span>
                  <span className="truncate text-stone-500">{account.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

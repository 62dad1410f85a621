"use client";
// What both password forms (修改密码, 设置密码 from a link) do on submit: the
// local check first, then the action, then "done" or the server's Chinese
// message. No router refresh, unlike useDeskAction: success ends the session
// or uses up the link, so re-reading the page would lose the "done" view.
import { useState } from "react";
import { messages } from "@/lib/i18n";
import { useHydrated } from "@/components/admin/use-hydrated";

export interface PasswordPair {
  password: string;
  confirm: string;
}

type Result = { serverError?: { message: string }; validationErrors?: unknown } | undefined;

export function usePasswordSubmit() {
  const [value, setValue] = useState<PasswordPair>({ password: "", confirm: "" });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const ready = useHydrated();

  async function submit(problem: string | null, action: () => Promise<Result>) {
    if (problem) return setError(problem);
    setPending(true);
    setError(null);
    const result = await action().catch((): Result => ({ serverError: { message: messages.errors.internal } }));
    setPending(false);
    if (result && !result.serverError && !result.validationErrors) return setDone(true);
    setError(result?.serverError?.message ?? messages.errors.validation);
  }

  /** New typing clears a refusal. */
  const change = (next: PasswordPair) => {
    setValue(next);
    setError(null);
  };

  return { value, change, clearError: () => setError(null), error, pending, done, ready, submit };
}

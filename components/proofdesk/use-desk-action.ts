"use client";
// One server action at a time from a control: pending while it runs, the
// server's message (already user-facing Chinese) when refused, and fresh
// data from the server when it succeeds.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { messages } from "@/lib/i18n";
import type { ActionResult } from "./types";

export function useDeskAction() {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<string | null>(null);

  /** Runs the action; its result when it went through, null when refused. */
  async function run<R extends ActionResult>(action: () => Promise<R>): Promise<NonNullable<R> | null> {
    setRunning(true);
    setError(null);
    try {
      const result = await action();
      if (!result || result.serverError || result.validationErrors) {
        setError(result?.serverError?.message ?? (result?.validationErrors ? messages.errors.validation : messages.errors.internal));
        return null;
      }
      startRefresh(() => router.refresh());
      return result;
    } catch {
      // The request did not get through (offline, server restarting).
      setError(messages.errors.internal);
      return null;
    } finally {
      setRunning(false);
    }
  }

  return { run, pending: running || refreshing, error, clearError: () => setError(null) };
}

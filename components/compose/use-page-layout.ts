"use client";
// The page's layout version on the client. Every layout action names the
// version it was based on, so actions run one after another: each is sent
// with the version the previous one returned. After each, the server
// recomputes the proof and the fits (router.refresh).
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { messages } from "@/lib/i18n";
import { t } from "./messages";
import type { LayoutResult } from "./types";

export interface PageLayout {
  /** The version this client last saw or produced. */
  version: number;
  /** Actions queued or running, or a refresh on its way. */
  saving: boolean;
  error: string | null;
  dismissError(): void;
  /** Runs a layout action after the ones before it; true when it was saved. */
  run(send: (baseVersion: number) => Promise<LayoutResult>): Promise<boolean>;
  refresh(): void;
}

export function usePageLayout(serverVersion: number): PageLayout {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const versionRef = useRef(serverVersion);
  const [version, setVersion] = useState(serverVersion);
  const [running, setRunning] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // A refresh brings the page as it is now: its version is the one to build on.
  useEffect(() => {
    if (serverVersion > versionRef.current) {
      versionRef.current = serverVersion;
      setVersion(serverVersion);
    }
  }, [serverVersion]);

  const refresh = useCallback(() => startRefresh(() => router.refresh()), [router]);

  const run = useCallback(
    (send: (baseVersion: number) => Promise<LayoutResult>) => {
      setRunning((n) => n + 1);
      const job = queue.current.then(async () => {
        try {
          const result = await send(versionRef.current);
          if (result?.data) {
            versionRef.current = Math.max(versionRef.current, result.data.version);
            setVersion(versionRef.current);
            setError(null);
            return true;
          }
          // A stale version (conflict) is cured by loading the latest layout, as is any other refusal.
          setError(result?.serverError?.message ?? (result?.validationErrors ? t.errors.invalid : messages.errors.internal));
          return false;
        } catch {
          setError(t.errors.network);
          return false;
        } finally {
          setRunning((n) => n - 1);
          refresh();
        }
      });
      queue.current = job;
      return job;
    },
    [refresh],
  );

  return { version, saving: running > 0 || refreshing, error, dismissError: () => setError(null), run, refresh };
}

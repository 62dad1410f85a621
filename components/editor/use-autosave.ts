"use client";
// Autosave that never loses work. Every change is kept in the browser at once
// (localStorage) and saved to the server after a pause, on leaving the page,
// and again after a failure. Every save names the version it was based on; a
// stale save comes back as a conflict for the user to settle.
import { useCallback, useEffect, useRef, useState } from "react";
import type { JSONContent } from "@tiptap/core";
import type { ArticleFields, BylineRole } from "@/lib/domain/article-input";
import type { ServerVersion } from "@/lib/server/articles/server-version";

export interface BylineDraft {
  contributorId: string;
  role: BylineRole;
  name: string;
  kind: "person" | "unit";
}

export interface Draft {
  fields: ArticleFields;
  body: JSONContent;
  bylines: BylineDraft[];
}

export type SaveState =
  | { kind: "saved"; at: string | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "retrying"; seconds: number; offline: boolean }
  | { kind: "refused"; message: string }
  | { kind: "conflict"; current: ServerVersion; mine: Draft };

export interface LocalCopy {
  baseVersion: number;
  draft: Draft;
  changedAt: string;
}

const DEBOUNCE_MS = 1500;
const MAX_RETRY_SECONDS = 30;
const storageKey = (articleId: string) => `folio:unsaved-article:${articleId}`;

export function discardLocalCopy(articleId: string) {
  writeLocalCopy(articleId, null);
}

export function readLocalCopy(articleId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(storageKey(articleId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

function writeLocalCopy(articleId: string, copy: LocalCopy | null) {
  try {
    if (copy) window.localStorage.setItem(storageKey(articleId), JSON.stringify(copy));
    else window.localStorage.removeItem(storageKey(articleId));
  } catch {
    // A full or disabled storage must not stop the server save.
  }
}

function payload(baseVersion: number, draft: Draft) {
  return JSON.stringify({
    baseVersion,
    fields: draft.fields,
    body: draft.body,
    bylines: draft.bylines.map(({ contributorId, role }) => ({ contributorId, role })),
  });
}

interface Options {
  articleId: string;
  version: number;
  editable: boolean;
}

export function useAutosave({ articleId, version, editable }: Options) {
  const [state, setState] = useState<SaveState>({ kind: "saved", at: null });
  const versionRef = useRef(version);
  const draftRef = useRef<Draft | null>(null);
  const dirtyRef = useRef(false);
  const inFlightRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failuresRef = useRef(0);
  const haltedRef = useRef(false); // a conflict or a refusal waits for the user

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(run, ms);
  }, []);

  const save = useCallback(async (): Promise<void> => {
    const draft = draftRef.current;
    if (!editable || !draft || !dirtyRef.current || haltedRef.current) return;
    if (inFlightRef.current) return schedule(300, () => void save());
    inFlightRef.current = true;
    dirtyRef.current = false;
    setState({ kind: "saving" });
    try {
      const response = await fetch(`/api/articles/${articleId}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: payload(versionRef.current, draft),
      });
      const result = await response.json().catch(() => null);
      if (response.ok) {
        versionRef.current = result.version;
        failuresRef.current = 0;
        if (dirtyRef.current) {
          schedule(DEBOUNCE_MS, () => void save());
        } else {
          writeLocalCopy(articleId, null);
          setState({ kind: "saved", at: result.savedAt });
        }
      } else if (response.status === 409 && result?.current) {
        haltedRef.current = true;
        setState({ kind: "conflict", current: result.current as ServerVersion, mine: draft });
      } else if (response.status >= 400 && response.status < 500) {
        haltedRef.current = true;
        setState({ kind: "refused", message: result?.error?.message ?? "" });
      } else {
        throw new Error(`status ${response.status}`);
      }
    } catch {
      // The server could not be reached: the local copy holds the text; try again later.
      dirtyRef.current = true;
      failuresRef.current += 1;
      const seconds = Math.min(MAX_RETRY_SECONDS, 2 ** failuresRef.current);
      setState({ kind: "retrying", seconds, offline: typeof navigator !== "undefined" && !navigator.onLine });
      schedule(seconds * 1000, () => void save());
    } finally {
      inFlightRef.current = false;
    }
  }, [articleId, editable, schedule]);

  /** Every edit: kept locally at once, saved to the server after a pause. */
  const change = useCallback(
    (draft: Draft) => {
      draftRef.current = draft;
      if (!editable) return;
      dirtyRef.current = true;
      writeLocalCopy(articleId, { baseVersion: versionRef.current, draft, changedAt: new Date().toISOString() });
      if (haltedRef.current) return;
      setState((s) => (s.kind === "retrying" ? s : { kind: "dirty" }));
      schedule(DEBOUNCE_MS, () => void save());
    },
    [articleId, editable, save, schedule],
  );

  /** After a conflict: continue from the server's version, with `draft` in the editor. */
  const rebase = useCallback(
    (serverVersion: number, draft: Draft, { saveNow }: { saveNow: boolean }) => {
      versionRef.current = serverVersion;
      draftRef.current = draft;
      haltedRef.current = false;
      dirtyRef.current = saveNow;
      if (saveNow) void save();
      else {
        writeLocalCopy(articleId, null);
        setState({ kind: "saved", at: null });
      }
    },
    [articleId, save],
  );

  /** Restoring a local copy: save it against the version it was based on. */
  const adoptLocalCopy = useCallback(
    (copy: LocalCopy) => {
      versionRef.current = copy.baseVersion;
      change(copy.draft);
    },
    [change],
  );

  /** Saves what is pending now; true when the server holds the latest text. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timerRef.current) clearTimeout(timerRef.current);
    while (inFlightRef.current) await new Promise((resolve) => setTimeout(resolve, 50));
    await save();
    return !dirtyRef.current && !haltedRef.current;
  }, [save]);

  const retryNow = useCallback(() => {
    haltedRef.current = false;
    dirtyRef.current = true;
    void save();
  }, [save]);

  useEffect(() => {
    const flush = () => {
      if (!dirtyRef.current || !draftRef.current || haltedRef.current || !editable) return;
      // keepalive lets the request outlive the page; the local copy covers what it cannot carry.
      void fetch(`/api/articles/${articleId}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: payload(versionRef.current, draftRef.current),
        keepalive: true,
      }).catch(() => undefined);
    };
    const onHidden = () => document.visibilityState === "hidden" && flush();
    const onOnline = () => dirtyRef.current && !haltedRef.current && void save();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("online", onOnline);
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, [articleId, editable, save]);

  return { state, change, rebase, adoptLocalCopy, retryNow, flush };
}

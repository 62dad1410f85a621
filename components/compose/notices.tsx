"use client";
// What the composer must tell before anything else: someone else changed the
// page, the last change was refused, or this page is read-only and why.
import { t } from "./messages";

interface Props {
  stale: boolean;
  onRefresh(): void;
  error: string | null;
  onDismissError(): void;
  /** Why this user cannot change the page; null when they can. */
  readOnly: string | null;
}

export function Notices({ stale, onRefresh, error, onDismissError, readOnly }: Props) {
  return (
    <>
      {readOnly && (
        <p data-testid="read-only" className="flex items-center gap-2 rounded-lg border border-stone-300 bg-stone-100 px-4 py-2.5 text-sm text-stone-700">
          <span className="rounded bg-stone-700 px-1.5 py-0.5 text-xs font-medium text-white">{t.readOnly.title}</span>
          {readOnly}
        </p>
      )}
      {stale && (
        <div role="status" data-testid="stale-notice" className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2.5 text-sm text-amber-900">
          <strong className="font-semibold">{t.header.stale}</strong>
          <span className="flex-1 text-amber-800">{t.header.staleHint}</span>
          <button type="button" onClick={onRefresh} className="h-8 rounded-md bg-amber-600 px-3 text-sm font-medium text-white hover:bg-amber-700">
            {t.header.refresh}
          </button>
        </div>
      )}
      {error && (
        <div role="alert" data-testid="layout-error" className="flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-2.5 text-sm text-red-800">
          <p className="flex-1">{error}</p>
          <button type="button" onClick={onDismissError} aria-label={t.header.dismiss} className="-my-0.5 grid size-6 place-items-center rounded text-red-700 hover:bg-red-100">
            ×
          </button>
        </div>
      )}
    </>
  );
}

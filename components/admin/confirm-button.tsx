"use client";
// A button for a consequential action: the first press asks, in place, the
// second does it. No browser dialog, which phones render out of context.
import { useState } from "react";
import { messages } from "@/lib/i18n";
import { useHydrated } from "./use-hydrated";

const t = messages.admin.user;

interface Props {
  label: string;
  question: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm(): void;
  tone?: "danger" | "plain";
  confirmLabel?: string;
}

export function ConfirmButton({ label, question, pendingLabel, pending, onConfirm, tone = "danger", confirmLabel = t.confirm }: Props) {
  const [asking, setAsking] = useState(false);
  const ready = useHydrated();
  const strong = tone === "danger" ? "bg-brand-600 text-white hover:bg-brand-700" : "bg-stone-800 text-white hover:bg-stone-900";
  if (!asking) {
    return (
      <button type="button" disabled={pending || !ready} onClick={() => setAsking(true)} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 shadow-sm hover:border-stone-400 disabled:opacity-60">
        {pending ? pendingLabel : label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className="flex flex-wrap items-center gap-2 rounded-md bg-stone-100 px-3 py-2">
      <span className="text-sm font-medium text-stone-800">{question}</span>
      <span className="flex gap-2">
        <button type="button" onClick={() => { setAsking(false); onConfirm(); }} className={`rounded-md px-3 py-1.5 text-sm font-medium ${strong}`}>
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setAsking(false)} className="rounded-md px-3 py-1.5 text-sm text-stone-600 hover:text-stone-900">{t.cancel}</button>
      </span>
    </div>
  );
}

"use client";
// A fresh one-time link, shown once: the admin copies it and sends it by
// whatever the newsroom uses (there is no mail server). Only its hash is
// stored, so once this panel closes nobody can see the link again.
import { useRef, useState } from "react";
import { formatDeskTime } from "@/components/desk/desk-time";
import { format, messages } from "@/lib/i18n";

const t = messages.admin.link;

export interface IssuedLink {
  kind: "invite" | "password_reset";
  name: string;
  path: string;
  expiresAt: string;
}

export function LinkPanel({ link, onClose }: { link: IssuedLink; onClose(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const url = `${window.location.origin}${link.path}`;

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      // No clipboard API outside HTTPS (an address on the newsroom's network): select it for the person to copy.
      input.current?.select();
      setCopy(document.execCommand?.("copy") ? "copied" : "failed");
    }
  }

  return (
    <section role="status" aria-labelledby="issued-link-title" data-testid="issued-link" className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-5 shadow-sm">
      <h2 id="issued-link-title" className="text-lg font-semibold text-emerald-900">{link.kind === "invite" ? t.inviteTitle : t.resetTitle}</h2>
      <p className="text-sm leading-relaxed text-emerald-900">
        {format(t.intro, { name: link.name })}
        {format(link.kind === "invite" ? t.inviteValidity : t.resetValidity, { time: formatDeskTime(new Date(link.expiresAt)) })}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label className="min-w-0 flex-1">
          <span className="sr-only">{t.label}</span>
          <input
            ref={input}
            readOnly
            value={url}
            data-testid="issued-link-url"
            onFocus={(event) => event.currentTarget.select()}
            className="block w-full rounded-md border border-emerald-300 bg-white px-3 py-2 font-mono text-sm text-stone-900"
          />
        </label>
        <button type="button" onClick={copyLink} className="shrink-0 rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800">
          {copy === "copied" ? t.copied : t.copy}
        </button>
      </div>
      {copy === "failed" && <p role="alert" className="text-sm text-brand-800">{t.copyFailed}</p>}
      <p className="text-sm font-medium text-amber-900">{t.onceOnly}</p>
      <button type="button" onClick={onClose} className="text-sm font-medium text-emerald-900 underline underline-offset-2 hover:text-emerald-700">
        {t.close}
      </button>
    </section>
  );
}

"use client";
// 签付印: who signed the page and when; for the chief, the button (or why it
// is refused: open marks, rounds not done) and the unsign with a reason.
import { useId, useRef, useState } from "react";
import { formatDeskTime } from "@/components/desk/desk-time";
import { format, messages } from "@/lib/i18n";
import { signPageAction, unsignPageAction } from "@/app/(desk)/desk/issues/proof-actions";
import { t } from "./messages";
import type { ProofDeskData } from "./types";
import { useDeskAction } from "./use-desk-action";

export function SignCard({ data, signer }: { data: ProofDeskData; signer: boolean }) {
  const { page, can } = data;
  const action = useDeskAction();
  const signed = page.signedAt !== null;

  return (
    <section
      aria-labelledby="sign-title"
      data-testid="sign-status"
      data-signed={signed}
      className={`rounded-lg border p-4 shadow-sm ${signed ? "border-emerald-300 bg-emerald-50/60" : "border-stone-200 bg-white"}`}
    >
      <h2 id="sign-title" className="text-sm font-semibold text-stone-900">{t.sign.title}</h2>
      {signed ? (
        <>
          <p className="mt-2 flex items-center gap-2 text-sm font-medium text-emerald-900">
            <span aria-hidden className="grid size-5 place-items-center rounded-full bg-emerald-600 text-[11px] text-white">✓</span>
            {page.signedBy
              ? format(t.sign.signed, { name: page.signedBy, time: formatDeskTime(new Date(page.signedAt!)) })
              : format(t.sign.signedInPrint, { time: formatDeskTime(new Date(page.signedAt!)) })}
          </p>
          <p className="mt-1 text-xs text-emerald-800">{t.sign.frozen}</p>
          {can.unsign && <UnsignButton pageId={page.id} />}
        </>
      ) : (
        <>
          <p className="mt-2 text-sm text-stone-700">{t.sign.unsigned}</p>
          {signer ? (
            <div className="mt-3">
              <button
                type="button"
                disabled={!can.sign || action.pending}
                onClick={() => action.run(() => signPageAction({ pageId: page.id }))}
                aria-describedby={can.signRefusal ? "sign-refusal" : undefined}
                className="w-full rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-600"
              >
                {action.pending ? t.sign.signing : t.sign.sign}
              </button>
              {can.signRefusal ? (
                <p id="sign-refusal" data-testid="sign-refusal" className="mt-2 text-xs leading-5 text-stone-600">{messages.refusals[can.signRefusal]}</p>
              ) : (
                <p className="mt-2 text-xs text-stone-500">{t.sign.signHint}</p>
              )}
            </div>
          ) : (
            <p className="mt-1 text-xs text-stone-500">{t.sign.waiting}</p>
          )}
        </>
      )}
      {action.error && <p role="alert" className="mt-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{action.error}</p>}
    </section>
  );
}

function UnsignButton({ pageId }: { pageId: string }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const action = useDeskAction();
  const close = () => {
    dialog.current?.close();
    action.clearError();
  };

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="mt-3 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:border-brand-400 hover:text-brand-700"
      >
        {t.sign.unsign}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-stone-900/40"
      >
        <form
          className="space-y-3 p-5"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await action.run(() => unsignPageAction({ pageId, reason: reason.trim() }))) close();
          }}
        >
          <h2 id={`${id}-title`} className="text-base font-semibold text-stone-900">{t.sign.unsignTitle}</h2>
          <p className="text-sm text-stone-600">{t.sign.unsignIntro}</p>
          <label className="block">
            <span className="text-xs font-medium text-stone-600">{t.sign.unsignReason}</span>
            <textarea
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              rows={3}
              maxLength={500}
              placeholder={t.sign.unsignPlaceholder}
              className="mt-0.5 w-full rounded-md border border-stone-300 px-2.5 py-2 text-sm"
            />
          </label>
          {action.error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{action.error}</p>}
          <div className="flex justify-end gap-2">
            <button type="button" onClick={close} className="h-9 rounded-md px-3 text-sm text-stone-700 hover:bg-stone-100">
              {t.sign.cancel}
            </button>
            <button type="submit" disabled={action.pending || !reason.trim()} className="h-9 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
              {action.pending ? t.sign.unsigning : t.sign.confirmUnsign}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

"use client";
// 强制下线 and 停用 / 恢复账号 of one user. Neither touches what the user wrote,
// reviewed or signed.
import { useState } from "react";
import { revokeUserSessionsAction, setUserActiveAction } from "@/app/(desk)/desk/admin/users/actions";
import { useDeskAction } from "@/components/proofdesk/use-desk-action";
import { format, messages } from "@/lib/i18n";
import { ConfirmButton } from "./confirm-button";

const t = messages.admin.user;

export function UserSessionsCard({ userId, name }: { userId: string; name: string }) {
  const { run, pending, error } = useDeskAction();
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="sessions-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="sessions-title" className="text-base font-semibold text-stone-900">{t.sessions.title}</h2>
      <p className="text-sm text-stone-600">{t.sessions.intro}</p>
      <ConfirmButton
        label={t.sessions.revoke}
        question={format(t.sessions.confirm, { name })}
        pendingLabel={t.sessions.working}
        pending={pending}
        tone="plain"
        onConfirm={async () => setDone(!!(await run(() => revokeUserSessionsAction({ userId }))))}
      />
      {done && <p role="status" className="text-sm text-emerald-700">{t.sessions.done}</p>}
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
    </section>
  );
}

export function UserActiveCard({ userId, name, active, self }: { userId: string; name: string; active: boolean; self: boolean }) {
  const { run, pending, error } = useDeskAction();
  const a = t.active;
  return (
    <section aria-labelledby="active-title" data-testid="user-active" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="active-title" className="text-base font-semibold text-stone-900">{a.title}</h2>
      <p className="text-sm text-stone-600">{active ? a.deactivateIntro : a.reactivateIntro}</p>
      {self && active ? (
        <p className="text-sm text-stone-500">{a.own}</p>
      ) : (
        <ConfirmButton
          label={active ? a.deactivate : a.reactivate}
          question={format(active ? a.confirmDeactivate : a.confirmReactivate, { name })}
          pendingLabel={a.working}
          pending={pending}
          tone={active ? "danger" : "plain"}
          onConfirm={() => void run(() => setUserActiveAction({ userId, active: !active }))}
        />
      )}
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
    </section>
  );
}

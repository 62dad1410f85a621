"use client";
// 登录链接: a new invite for someone who has not accepted theirs, otherwise a
// password-reset link. Shown once, like the invite of a new user.
import { useState } from "react";
import { issueUserLinkAction } from "@/app/(desk)/desk/admin/users/actions";
import { formatDeskTime } from "@/components/desk/desk-time";
import { useDeskAction } from "@/components/proofdesk/use-desk-action";
import { format, messages } from "@/lib/i18n";
import type { UserListRow } from "@/lib/server/admin/list-users";
import { LinkPanel, type IssuedLink } from "./link-panel";
import { useHydrated } from "./use-hydrated";

const t = messages.admin.user.links;

export function UserLinkCard({ user }: { user: Pick<UserListRow, "id" | "active" | "awaitingInvite" | "link"> }) {
  const kind = user.awaitingInvite ? "invite" : "password_reset";
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const { run, pending, error } = useDeskAction();
  const ready = useHydrated();
  const current = user.link && user.link.kind === kind ? user.link : null;

  async function issue() {
    const result = await run(() => issueUserLinkAction({ userId: user.id, kind }));
    if (result?.data) setIssued({ kind, name: result.data.name, path: result.data.path, expiresAt: result.data.expiresAt });
  }

  return (
    <section aria-labelledby="links-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="links-title" className="text-base font-semibold text-stone-900">{t.title}</h2>
      <p className="text-sm text-stone-600">{kind === "invite" ? t.inviteIntro : t.resetIntro}</p>
      {current?.state === "pending" && !issued && <p className="text-xs text-stone-500">{format(t.pendingUntil, { time: formatDeskTime(new Date(current.expiresAt)) })}</p>}
      {current?.state === "expired" && !issued && <p className="text-xs text-orange-700">{format(t.expiredAt, { time: formatDeskTime(new Date(current.expiresAt)) })}</p>}
      {issued && <LinkPanel link={issued} onClose={() => setIssued(null)} />}
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
      {user.active ? (
        <button type="button" disabled={pending || !ready} onClick={issue} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 shadow-sm hover:border-stone-400 disabled:opacity-60">
          {pending ? t.working : kind === "invite" ? t.invite : t.reset}
        </button>
      ) : (
        <p className="text-sm text-stone-500">{t.inactive}</p>
      )}
    </section>
  );
}

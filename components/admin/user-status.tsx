import { formatDeskTime } from "@/components/desk/desk-time";
import { messages } from "@/lib/i18n";
import type { UserListRow } from "@/lib/server/admin/list-users";

const t = messages.admin.status;
const pill = "inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/** 在用 / 已停用, and an invite that waits or ran out. */
export function UserStatus({ user }: { user: Pick<UserListRow, "active" | "awaitingInvite" | "link"> }) {
  const invite = user.active && user.awaitingInvite && user.link?.kind === "invite" ? user.link : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span data-status={user.active ? "active" : "inactive"} className={`${pill} ${user.active ? "bg-emerald-50 text-emerald-800 ring-emerald-300" : "bg-stone-200 text-stone-600 ring-stone-400"}`}>
        {user.active ? t.active : t.inactive}
      </span>
      {invite?.state === "pending" && (
        <span data-link="pending" title={formatDeskTime(invite.expiresAt)} className={`${pill} bg-amber-50 text-amber-800 ring-amber-300`}>{t.invitePending}</span>
      )}
      {invite && invite.state !== "pending" && <span data-link="expired" className={`${pill} bg-orange-50 text-orange-800 ring-orange-300`}>{t.inviteExpired}</span>}
    </span>
  );
}

"use client";
// 角色 of one user: saved at once; the admin's own admin role cannot be unticked.
import { useState } from "react";
import { changeUserRolesAction } from "@/app/(desk)/desk/admin/users/actions";
import { useDeskAction } from "@/components/proofdesk/use-desk-action";
import { ROLES, type Role } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n";
import { RoleCheckboxes } from "./role-checkboxes";
import { useHydrated } from "./use-hydrated";

const t = messages.admin.user.roles;

export function UserRolesForm({ userId, roles, self }: { userId: string; roles: Role[]; self: boolean }) {
  const [checked, setChecked] = useState<Role[]>(roles);
  const [saved, setSaved] = useState<string | null>(null);
  const { run, pending, error } = useDeskAction();
  const ready = useHydrated();
  const locked: Role[] = self && roles.includes("admin") ? ["admin"] : [];

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaved(null);
    const result = await run(() => changeUserRolesAction({ userId, roles: checked }));
    if (result?.data) setSaved(result.data.changed ? t.saved : t.unchanged);
  }

  return (
    <form onSubmit={save} method="post" aria-labelledby="roles-title" data-testid="user-roles" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <div>
        <h2 id="roles-title" className="text-base font-semibold text-stone-900">{t.title}</h2>
        <p className="mt-1 text-sm text-stone-600">{t.intro}</p>
      </div>
      <RoleCheckboxes roles={ROLES} checked={checked} onChange={(next) => { setChecked(next); setSaved(null); }} locked={locked} />
      {locked.length > 0 && <p className="text-xs text-stone-500">{t.ownAdmin}</p>}
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending || !ready} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.saving : t.save}
        </button>
        {saved && <span role="status" className="text-sm text-emerald-700">{saved}</span>}
      </div>
    </form>
  );
}

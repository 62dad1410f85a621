"use client";
// The roles as checkboxes, each with what it lets the person do.
import { useId } from "react";
import type { Role } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n";

export function RoleCheckboxes({ roles, checked, onChange, locked = [] }: { roles: readonly Role[]; checked: Role[]; onChange(roles: Role[]): void; locked?: Role[] }) {
  const id = useId();
  const toggle = (role: Role, on: boolean) => onChange(on ? [...checked, role] : checked.filter((r) => r !== role));
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-2">
      {roles.map((role) => {
        const on = checked.includes(role);
        const fixed = locked.includes(role);
        return (
          <label key={role} className={`flex items-start gap-2.5 rounded-md border px-3 py-2 ${on ? "border-brand-200 bg-brand-50/60" : "border-stone-200 bg-white hover:border-stone-300"} ${fixed ? "cursor-not-allowed opacity-70" : "cursor-pointer"}`}>
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={on}
              disabled={fixed}
              aria-label={messages.roles[role]}
              aria-describedby={`${id}-${role}`}
              onChange={(e) => toggle(role, e.target.checked)}
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <span className="min-w-0">
              <span className="block text-sm font-medium text-stone-900">{messages.roles[role]}</span>
              <span id={`${id}-${role}`} className="block text-xs text-stone-500">{messages.admin.roleHints[role]}</span>
            </span>
          </label>
        );
      })}
    </div>
  );
}

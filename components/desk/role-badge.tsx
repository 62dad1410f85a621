import type { Role } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n";

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span data-role={role} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-medium text-brand-700 ring-1 ring-brand-200">
      {messages.roles[role]}
    </span>
  );
}

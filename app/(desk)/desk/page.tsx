import type { Metadata } from "next";
import { SectionCard } from "@/components/desk/section-card";
import { RoleBadge } from "@/components/desk/role-badge";
import { sectionsFor } from "@/lib/domain/sections";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: messages.desk.title };

export default async function DeskHome() {
  const user = await requireSessionUser();
  const sections = sectionsFor(user.roles);
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-semibold text-stone-900 sm:text-3xl">
          {format(messages.desk.greeting, { name: user.name })}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <span>{messages.desk.yourRoles}：</span>
          {user.roles.map((role) => (
            <RoleBadge key={role} role={role} />
          ))}
        </div>
      </header>

      <section aria-labelledby="sections">
        <h2 id="sections" className="text-sm font-semibold tracking-wide text-stone-500">
          {messages.desk.yourSections}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {sections.map((key) => (
            <li key={key}>
              <SectionCard section={key} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

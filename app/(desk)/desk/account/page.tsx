import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { RoleBadge } from "@/components/desk/role-badge";
import { can } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin.account;
const card = "rounded-lg border border-stone-200 bg-white p-5 shadow-sm";

export const metadata: Metadata = { title: t.title };

export default async function AccountPage() {
  const user = await requireSessionUser("/desk/account");
  if (!can(user.roles, "desk.enter")) notFound();

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{t.title}</h1>
        <p className="text-sm text-stone-600">{t.intro}</p>
      </header>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="space-y-5">
          <section aria-labelledby="profile-title" className={card}>
            <h2 id="profile-title" className="text-base font-semibold text-stone-900">{t.profile}</h2>
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="text-stone-500">{t.name}</dt>
                <dd className="mt-0.5 font-medium text-stone-900">{user.name}</dd>
              </div>
              <div>
                <dt className="text-stone-500">{t.email}</dt>
                <dd className="mt-0.5 font-medium text-stone-900 [overflow-wrap:anywhere]">{user.email}</dd>
              </div>
              <div>
                <dt className="text-stone-500">{t.roles}</dt>
                <dd className="mt-1.5 flex flex-wrap gap-1.5">{user.roles.map((role) => <RoleBadge key={role} role={role} />)}</dd>
                <dd className="mt-1.5 text-xs text-stone-500">{t.rolesHint}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="everywhere-title" className={`${card} space-y-3`}>
            <h2 id="everywhere-title" className="text-base font-semibold text-stone-900">{t.signOutEverywhere.title}</h2>
            <p className="text-sm text-stone-600">{t.signOutEverywhere.intro}</p>
            <SignOutEverywhere />
          </section>
        </div>
        <section aria-labelledby="password-title" className={`${card} space-y-4`}>
          <div>
            <h2 id="password-title" className="text-base font-semibold text-stone-900">{t.change.title}</h2>
            <p className="mt-1 text-sm text-stone-600">{t.change.intro}</p>
          </div>
          <ChangePasswordForm />
        </section>
      </div>
    </div>
  );
}

import Link from "next/link";
import type { Route } from "next";
import { can } from "@/lib/domain/permissions";
import { sectionsFor } from "@/lib/domain/sections";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { messages } from "@/lib/i18n";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

const importUi = messages.importUi;

const quality = messages.quality;

export function DeskHeader({ user, unread }: { user: SessionUser; unread: number }) {
  const writesOrEdits = sectionsFor(user.roles).includes("articles");
  const seesQuality = can(user.roles, "stats.view");
  const imports = can(user.roles, "import.run");
  const usesMedia = can(user.roles, "media.upload");
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <nav className="flex flex-wrap items-center gap-x-5 gap-y-1">
          <Link href="/desk" className="font-serif text-xl font-bold text-brand-700">
            {messages.app.name}
          </Link>
          <Link href="/desk" className="text-sm font-medium text-stone-700 hover:text-brand-700">
            {messages.desk.nav.home}
          </Link>
          {writesOrEdits && (
            <Link href="/desk/articles" className="text-sm font-medium text-stone-700 hover:text-brand-700">
              {messages.lists.header.articles}
            </Link>
          )}
          {usesMedia && (
            <Link href={"/desk/media" as Route} className="text-sm font-medium text-stone-700 hover:text-brand-700">
              {messages.media.nav}
            </Link>
          )}
          {seesQuality && (
            <Link href="/desk/quality" className="text-sm font-medium text-stone-700 hover:text-brand-700">
              {quality.nav}
            </Link>
          )}
          {imports && (
            <Link href="/desk/import" className="text-sm font-medium text-stone-700 hover:text-brand-700">
              {importUi.nav}
            </Link>
          )}
          {can(user.roles, "stats.view") && (
            <Link href={"/desk/stats" as Route} className="text-sm font-medium text-stone-700 hover:text-brand-700">
              {messages.desk.nav.stats}
            </Link>
          )}
          {can(user.roles, "audit.view") && (
            <Link href={"/desk/audit" as Route} className="text-sm font-medium text-stone-700 hover:text-brand-700">
              {messages.desk.nav.audit}
            </Link>
          )}
          {can(user.roles, "admin.users") && (
            <Link href={"/desk/admin" as Route} className="text-sm font-medium text-stone-700 hover:text-brand-700">
              {messages.desk.nav.admin}
            </Link>
          )}
          <Link href="/" className="text-sm text-stone-500 hover:text-brand-700">
            {messages.desk.nav.site}
          </Link>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <NotificationBell unread={unread} />
          <span className="text-stone-500">
            {messages.desk.signedInAs}：
            <Link href={"/desk/account" as Route} title={messages.desk.nav.account} data-testid="signed-in-user" className="font-medium text-stone-800 hover:text-brand-700">
              {user.name}
            </Link>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}

"use client";
// 系统管理's tabs: 概览 · 用户 · 报纸 · 作者, then the audit trail and 见报统计,
// which live elsewhere. A strip that scrolls sideways on a phone.
import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { messages } from "@/lib/i18n";

const t = messages.admin.tabs;

export type AdminTabKey = Exclude<keyof typeof t, "label">;
export interface AdminTab {
  key: AdminTabKey;
  href: Route;
}

const tabClass = "-mb-px block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium";

export function AdminTabs({ tabs, elsewhere }: { tabs: AdminTab[]; elsewhere: AdminTab[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/desk/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={t.label} className="-mx-4 overflow-x-auto border-b border-stone-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max items-end gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={current(tab.href) ? "page" : undefined}
              className={`${tabClass} ${current(tab.href) ? "border-brand-600 text-brand-700" : "border-transparent text-stone-700 hover:border-stone-300 hover:text-stone-900"}`}
            >
              {t[tab.key]}
            </Link>
          </li>
        ))}
        {elsewhere.map((tab, index) => (
          <li key={tab.key} className={index === 0 ? "ml-2 border-l border-stone-200 pl-2 sm:ml-4 sm:pl-4" : undefined}>
            <Link href={tab.href} className={`${tabClass} border-transparent text-stone-500 hover:text-brand-700`}>
              {t[tab.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

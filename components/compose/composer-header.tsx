"use client";
// Where the composer is (期次 · 日期 · 版), the other pages of the issue, the
// page's version, and who else is on it.
import Link from "next/link";
import type { Route } from "next";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { format } from "@/lib/i18n";
import { t } from "./messages";
import { PageHeading } from "./page-heading";
import type { ComposeData } from "./types";

interface Props {
  data: ComposeData;
  version: number;
  saving: boolean;
  others: { id: string; name: string }[];
}

export function pageHref(issueId: string, number: number): Route {
  return `/desk/issues/${encodeURIComponent(issueId)}/pages/${number}` as Route;
}

export function ComposerHeader({ data, version, saving, others }: Props) {
  const { issue, page, pages, proof } = data;

  return (
    <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
      <PageHeading issue={issue} page={page} credits={proof.credits} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link href={`${pageHref(issue.id, page.number)}/proof` as Route} className="text-sm font-medium text-brand-700 hover:underline">
          {t.header.proof} →
        </Link>
        {others.length > 0 && (
          <p data-testid="presence" className="flex items-center gap-1.5 text-sm text-stone-600">
            <span className="flex gap-0.5" aria-hidden>
              {others.slice(0, 3).map((person) => (
                <span key={person.id} className="grid size-7 place-items-center rounded-full bg-sky-600 text-[10px] font-medium tracking-tighter text-white">
                  {initials(person.name)}
                </span>
              ))}
            </span>
            {format(t.header.presence, { names: others.map((o) => o.name).join(t.header.namesSeparator) })}
          </p>
        )}
        <p role="status" aria-live="polite" data-testid="page-version" className="flex items-center gap-1.5 text-sm text-stone-600">
          <span aria-hidden className={`size-2 rounded-full ${saving ? "animate-pulse bg-amber-500" : "bg-emerald-500"}`} />
          {saving ? t.header.saving : format(t.header.saved, { version })}
        </p>
        <nav aria-label={t.header.pages} className="flex overflow-hidden rounded-md border border-stone-300 bg-white">
          {pages.map((tab) => {
            const current = tab.number === page.number;
            return (
              <Link
                key={tab.id}
                href={pageHref(issue.id, tab.number)}
                aria-current={current ? "page" : undefined}
                title={format(t.header.pageTab, { page: pageNumberLabel(tab.number), name: tab.name })}
                className={`border-l border-stone-200 px-3 py-1.5 text-sm tabular-nums first:border-l-0 ${
                  current ? "bg-stone-900 font-semibold text-white" : "text-stone-700 hover:bg-stone-100"
                }`}
              >
                {pageNumberLabel(tab.number)}
                <span className="ml-1 hidden text-xs opacity-75 xl:inline">{tab.name}</span>
              </Link>
            );
          })}
        </nav>
      </div>
    </header>
  );
}

/** As Chinese apps show a person: the last two characters of the name (周建国 → 建国). */
function initials(name: string) {
  return [...name.replace(/\s+/g, "")].slice(-2).join("");
}

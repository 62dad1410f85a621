"use client";
// Where the desk is (期次 · 日期 · 版), the way back to the issue and to the
// page's composer, and the other pages' proofs, signed ones ticked.
import Link from "next/link";
import type { Route } from "next";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { format } from "@/lib/i18n";
import { PageHeading } from "@/components/compose/page-heading";
import { t } from "./messages";
import type { ProofDeskData } from "./types";

const issueHref = (issueId: string) => `/desk/issues/${encodeURIComponent(issueId)}` as Route;
const composeHref = (issueId: string, number: number) => `${issueHref(issueId)}/pages/${number}` as Route;
export const proofHref = (issueId: string, number: number) => `${composeHref(issueId, number)}/proof` as Route;

export function ProofDeskHeader({ data }: { data: ProofDeskData }) {
  const { issue, page, pages, proof } = data;

  return (
    <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
      <PageHeading
        issue={issue}
        page={page}
        credits={proof.credits}
        eyebrow={<span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 align-[0.15em] text-xs font-medium tracking-normal text-white">{t.header.eyebrow}</span>}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={composeHref(issue.id, page.number)}
          title={t.header.composeHint}
          className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:border-stone-400 hover:bg-stone-50"
        >
          {t.header.compose}
        </Link>
        <nav aria-label={t.header.pages} className="flex max-w-full overflow-x-auto rounded-md border border-stone-300 bg-white">
          {pages.map((tab) => {
            const current = tab.number === page.number;
            const label = format(tab.signed ? t.header.pageTabSigned : t.header.pageTab, { page: pageNumberLabel(tab.number), name: tab.name });
            return (
              <Link
                key={tab.number}
                href={proofHref(issue.id, tab.number)}
                aria-current={current ? "page" : undefined}
                aria-label={label}
                title={label}
                data-signed={tab.signed || undefined}
                className={`flex shrink-0 items-center border-l border-stone-200 px-3 py-1.5 text-sm tabular-nums first:border-l-0 ${
                  current ? "bg-stone-900 font-semibold text-white" : "text-stone-700 hover:bg-stone-100"
                }`}
              >
                {pageNumberLabel(tab.number)}
                <span className="ml-1 hidden text-xs opacity-75 xl:inline">{tab.name}</span>
                {tab.signed && (
                  <span aria-hidden className={`ml-1 text-xs ${current ? "text-emerald-300" : "text-emerald-600"}`}>
                    ✓
                  </span>
                )}
              </Link>
            );
          })}
        </nav>
      </div>
    </header>
  );
}

"use client";

import Link from "next/link";
import type { Route } from "next";
import { Fragment, useState } from "react";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import type { IssueQuality } from "@/lib/domain/quality";
import { format, messages } from "@/lib/i18n";
import { count } from "./numbers";
import { RateBadge } from "./rate-badge";

const t = messages.quality;

const th = "px-3 py-2.5 font-medium whitespace-nowrap";
const num = "px-3 py-3 text-right whitespace-nowrap tabular-nums";

function PageFigures({ issue, id }: { issue: IssueQuality; id: string }) {
  const label = `${format(t.issues.label, { number: issue.number })} ${format(t.issues.total, { total: issue.totalNumber })}`;
  return (
    <table id={id} className="w-full text-left text-sm">
      <caption className="sr-only">{format(t.pages.caption, { issue: label })}</caption>
      <thead className="text-xs text-stone-500">
        <tr>
          <th scope="col" className={th}>{t.pages.columns.page}</th>
          <th scope="col" className={`${th} text-right`}>{t.pages.columns.rounds}</th>
          <th scope="col" className={`${th} text-right`}>{t.pages.columns.characters}</th>
          <th scope="col" className={`${th} text-right`}>{t.pages.columns.marks}</th>
          <th scope="col" className={`${th} text-right`}>{t.pages.columns.errors}</th>
          <th scope="col" className={th}>{t.pages.columns.rate}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-200/70">
        {issue.pages.map((page) => (
          <tr key={page.id} data-page={page.number}>
            <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
              <Link href={`/desk/issues/${issue.id}/pages/${page.number}` as Route} className="text-stone-800 hover:text-brand-700 hover:underline">
                <span className="mr-1.5 font-semibold tabular-nums text-brand-700">{pageNumberLabel(page.number)}</span>
                {page.name}
              </Link>
            </th>
            <td className={`${num} py-2 text-stone-600`}>{page.rounds}</td>
            <td className={`${num} py-2 text-stone-600`}>{page.rate ? count(page.rate.characters) : t.none}</td>
            <td className={`${num} py-2 text-stone-600`}>{page.rate ? page.confirmedMarks : t.none}</td>
            <td className={`${num} py-2 text-stone-800`}>{page.rate ? page.rate.errors : t.none}</td>
            <td className="px-3 py-2"><RateBadge rate={page.rate} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 各期差错率, each issue opening onto its pages' figures. Scrolls sideways on a phone. */
export function IssueQualityTable({ issues, showPublication }: { issues: IssueQuality[]; showPublication: boolean }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full min-w-[46rem] text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
          <tr>
            <th scope="col" className={`${th} pl-4`}>{t.issues.columns.issue}</th>
            <th scope="col" className={th}>{t.issues.columns.date}</th>
            <th scope="col" className={`${th} text-right`}>{t.issues.columns.characters}</th>
            <th scope="col" className={`${th} text-right`}>{t.issues.columns.errors}</th>
            <th scope="col" className={th}>{t.issues.columns.rate}</th>
            <th scope="col" className={`${th} text-right`}>{t.issues.columns.pages}</th>
            <th scope="col" className={`${th} pr-4 text-right`}><span className="sr-only">{t.issues.columns.detail}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {issues.map((issue) => {
            const expanded = open.has(issue.id);
            const detailId = `issue-pages-${issue.id}`;
            return (
              <Fragment key={issue.id}>
                <tr data-issue={issue.id} className={issue.rate?.overLimit ? "bg-red-50/40" : undefined}>
                  <th scope="row" className="py-3 pr-3 pl-4 text-left font-normal whitespace-nowrap">
                    <Link href={`/desk/issues/${issue.id}` as Route} className="group">
                      <span className="font-serif font-bold text-stone-900 group-hover:text-brand-700">{format(t.issues.label, { number: issue.number })}</span>
                      <span className="ml-2 text-xs text-stone-500">{format(t.issues.total, { total: issue.totalNumber })}</span>
                    </Link>
                    {showPublication && <span className="block text-xs text-stone-500">{issue.publicationName}</span>}
                  </th>
                  <td className="px-3 py-3 whitespace-nowrap text-stone-600">{formatChineseDate(issue.date)}</td>
                  <td className={`${num} text-stone-600`}>{issue.rate ? count(issue.rate.characters) : t.none}</td>
                  <td className={`${num} text-stone-800`} title={format(t.issues.errorsHint, { marks: issue.confirmedMarks })}>
                    {issue.rate ? issue.rate.errors : t.none}
                  </td>
                  <td className="px-3 py-3"><RateBadge rate={issue.rate} /></td>
                  <td className={`${num} text-stone-600`}>{format(t.issues.pagesValue, { proofread: issue.pagesProofread, total: issue.pagesTotal })}</td>
                  <td className="py-3 pr-4 pl-3 text-right">
                    {issue.pages.length > 0 && (
                      <button
                        type="button"
                        aria-expanded={expanded}
                        aria-controls={detailId}
                        onClick={() => toggle(issue.id)}
                        className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium whitespace-nowrap text-stone-600 ring-1 ring-stone-300 hover:bg-stone-50 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                      >
                        {expanded ? t.issues.hidePages : t.issues.showPages}
                        <span aria-hidden className={`transition-transform ${expanded ? "rotate-180" : ""}`}>▾</span>
                      </button>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="bg-stone-50">
                    <td colSpan={7} className="px-4 pt-1 pb-3">
                      <PageFigures issue={issue} id={detailId} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

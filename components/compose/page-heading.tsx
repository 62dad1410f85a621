// Which page this is (期次 · 日期 · 版), its credits and the way back to the
// issue: the heading the composer and the proofreading desk share.
import Link from "next/link";
import type { Route } from "next";
import type { ReactNode } from "react";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { format, messages } from "@/lib/i18n";

const t = messages.compose.header;

interface Props {
  issue: { id: string; number: number; totalNumber: number; date: Date | string; lunarDate: string };
  page: { number: number; name: string };
  credits: { pageEditor: string | null; layout: string | null; proofreader: string | null };
  /** A label before the title, e.g. 校样台. */
  eyebrow?: ReactNode;
}

export function PageHeading({ issue, page, credits, eyebrow }: Props) {
  const credit = (name: string | null) => name ?? t.nobody;
  return (
    <div className="min-w-0">
      <Link href={`/desk/issues/${encodeURIComponent(issue.id)}` as Route} className="text-sm text-stone-500 hover:text-brand-700">
        ← {format(t.back, { number: issue.number })}
      </Link>
      <h1 className="mt-1 text-lg font-semibold tracking-tight text-stone-900 sm:text-xl">
        {eyebrow}
        {format(t.title, {
          number: issue.number,
          total: issue.totalNumber,
          date: formatChineseDate(new Date(issue.date)),
          page: pageNumberLabel(page.number),
          name: page.name,
        })}
      </h1>
      <p className="mt-0.5 text-xs text-stone-500">
        {format(t.lunar, { lunar: issue.lunarDate })}
        <span aria-hidden className="mx-1.5 text-stone-300">|</span>
        {format(t.credits, { pageEditor: credit(credits.pageEditor), layout: credit(credits.layout), proofreader: credit(credits.proofreader) })}
      </p>
    </div>
  );
}

import type { Route } from "next";
import Link from "next/link";

/** One area of 系统管理 on its overview: what it is for and how much is in it. */
export function AdminCard({ href, mark, title, description, summary, testId }: { href: Route; mark: string; title: string; description: string; summary?: string; testId?: string }) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className="group flex h-full gap-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-brand-200 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <span aria-hidden className="flex size-11 shrink-0 items-center justify-center rounded-md bg-brand-600 font-serif text-xl font-bold text-white">{mark}</span>
      <div className="min-w-0">
        <h2 className="font-semibold text-stone-900 group-hover:text-brand-700">{title}</h2>
        <p className="mt-1 text-sm text-stone-600">{description}</p>
        {summary && <p className="mt-2 text-sm font-medium tabular-nums text-stone-800">{summary}</p>}
      </div>
    </Link>
  );
}

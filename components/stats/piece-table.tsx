import Link from "next/link";
import type { Route } from "next";
import { isoDate } from "@/lib/domain/dates";
import { pagesLabel, type StatsPiece } from "@/lib/domain/stats";
import { format, messages } from "@/lib/i18n";
import { count } from "@/components/quality/numbers";

const t = messages.audit.stats.detail;
const roleNames = messages.articles.bylineRoles;

const rolesOf = (piece: StatsPiece) => (piece.roles.length > 0 ? piece.roles.map((role) => roleNames[role]).join("、") : t.photoOnly);

/** One contributor's printed pieces, oldest first: a table on a laptop, cards on a phone. */
export function PieceTable({ pieces }: { pieces: StatsPiece[] }) {
  const c = t.columns;
  const td = "px-3 py-2.5 whitespace-nowrap";
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm" data-testid="stats-pieces">
          <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
            <tr>
              <th scope="col" className="py-2.5 pr-3 pl-4 font-medium">{c.date}</th>
              <th scope="col" className="px-3 py-2.5 font-medium">{c.issue}</th>
              <th scope="col" className="px-3 py-2.5 font-medium">{c.page}</th>
              <th scope="col" className="px-3 py-2.5 font-medium">{c.headline}</th>
              <th scope="col" className="px-3 py-2.5 font-medium">{c.role}</th>
              <th scope="col" className="px-3 py-2.5 text-right font-medium">{c.characters}</th>
              <th scope="col" className="py-2.5 pr-4 pl-3 text-right font-medium">{c.photos}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {pieces.map((piece) => (
              <tr key={`${piece.articleId}:${piece.issueId}`} data-article={piece.articleId}>
                <td className={`${td} pl-4 text-stone-600 tabular-nums`}>{isoDate(piece.issueDate)}</td>
                <td className={`${td} text-stone-600`}>
                  <Link href={`/desk/issues/${piece.issueId}` as Route} className="hover:text-brand-700 hover:underline">
                    {format(t.issueLabel, { number: piece.issueNumber })}
                  </Link>
                  <span className="ml-1 text-xs text-stone-400">{format(t.totalLabel, { total: piece.totalNumber })}</span>
                </td>
                <td className={`${td} text-stone-600 tabular-nums`}>{pagesLabel(piece)}</td>
                <td className="px-3 py-2.5 text-stone-900">
                  <Link href={`/desk/articles/${piece.articleId}` as Route} className="underline-offset-2 hover:text-brand-700 hover:underline">{piece.headline}</Link>
                </td>
                <td className={`${td} text-stone-600`}>{rolesOf(piece)}</td>
                <td className={`${td} text-right text-stone-800 tabular-nums`}>{count(piece.characters)}</td>
                <td className={`${td} pr-4 text-right text-stone-800 tabular-nums`}>{piece.photos}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-2 md:hidden">
        {pieces.map((piece) => (
          <li key={`${piece.articleId}:${piece.issueId}`} className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
            <p className="text-xs text-stone-500 tabular-nums">
              {isoDate(piece.issueDate)} · {format(t.issueLabel, { number: piece.issueNumber })} · {format(t.pageLabel, { page: pagesLabel(piece) })}
            </p>
            <Link href={`/desk/articles/${piece.articleId}` as Route} className="mt-1 block font-medium text-stone-900 hover:text-brand-700">{piece.headline}</Link>
            <p className="mt-1 text-xs text-stone-600">
              {rolesOf(piece)} · {c.characters} {count(piece.characters)} · {c.photos} {piece.photos}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

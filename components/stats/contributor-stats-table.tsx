import Link from "next/link";
import type { Route } from "next";
import { rolesInUse, type ContributorStats, type StatsTotals } from "@/lib/domain/stats";
import { messages } from "@/lib/i18n";
import { count } from "@/components/quality/numbers";

const t = messages.audit.stats;
const roleNames = messages.articles.bylineRoles;

function Tile({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
      <dt className="text-xs font-medium text-stone-500">{label}</dt>
      <dd className="mt-1 font-serif text-2xl font-bold text-stone-900 tabular-nums">{count(value)}</dd>
    </div>
  );
}

export function StatsTotalsTiles({ totals }: { totals: StatsTotals }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="stats-totals">
      <Tile label={t.summary.issues} value={totals.issues} />
      <Tile label={t.summary.articles} value={totals.articles} />
      <Tile label={t.summary.characters} value={totals.characters} />
      <Tile label={t.summary.photos} value={totals.photos} />
      <Tile label={t.summary.contributors} value={totals.contributors} />
    </dl>
  );
}

function KindBadge({ kind }: { kind: ContributorStats["kind"] }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-[11px] ${kind === "unit" ? "bg-sky-50 text-sky-800 ring-1 ring-sky-200" : "bg-stone-100 text-stone-600"}`}>
      {t.kinds[kind]}
    </span>
  );
}

/**
 * Each contributor's line: pieces, 字数, photos and pieces per byline role.
 * A table on a laptop; on a phone the same figures as one card per person.
 */
export function ContributorStatsTable({ contributors, detailHref }: { contributors: ContributorStats[]; detailHref: (id: string) => Route }) {
  const roles = rolesInUse(contributors);
  const th = "px-3 py-2.5 text-right font-medium whitespace-nowrap";
  const num = "px-3 py-2.5 text-right whitespace-nowrap tabular-nums";
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm" data-testid="stats-table">
          <caption className="sr-only">{t.table.caption}</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
            <tr>
              <th scope="col" className="py-2.5 pr-3 pl-4 font-medium">{t.table.name}</th>
              <th scope="col" className={th}>{t.table.pieces}</th>
              <th scope="col" className={th}>{t.table.characters}</th>
              <th scope="col" className={th}>{t.table.photos}</th>
              {roles.map((role) => (
                <th key={role} scope="col" className={`${th} text-stone-400`}>{roleNames[role]}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {contributors.map((c) => (
              <tr key={c.id} data-contributor={c.id} className="hover:bg-stone-50">
                <th scope="row" className="py-2.5 pr-3 pl-4 text-left font-medium whitespace-nowrap">
                  <Link href={detailHref(c.id)} className="text-stone-900 underline-offset-2 hover:text-brand-700 hover:underline">{c.name}</Link>{" "}
                  <KindBadge kind={c.kind} />
                </th>
                <td className={`${num} font-semibold text-stone-900`} data-field="pieces">{c.pieces}</td>
                <td className={`${num} text-stone-800`} data-field="characters">{count(c.characters)}</td>
                <td className={`${num} text-stone-800`} data-field="photos">{c.photos}</td>
                {roles.map((role) => (
                  <td key={role} className={`${num} text-stone-500`}>{c.roles[role] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm md:hidden">
        {contributors.map((c) => (
          <li key={c.id} className="flex items-start justify-between gap-3 px-4 py-2.5">
            <div className="min-w-0">
              <Link href={detailHref(c.id)} className="font-medium text-stone-900 hover:text-brand-700">{c.name}</Link>{" "}
              <KindBadge kind={c.kind} />
              {Object.keys(c.roles).length > 0 && (
                <p className="mt-0.5 text-xs text-stone-500">{rolesInUse([c]).map((role) => `${roleNames[role]} ${c.roles[role]}`).join(" · ")}</p>
              )}
            </div>
            <dl className="grid shrink-0 grid-cols-[2.5rem_4rem_2.5rem] gap-x-2 text-right">
              {([["pieces", c.pieces], ["characters", c.characters], ["photos", c.photos]] as const).map(([key, value]) => (
                <div key={key}>
                  <dt className="text-[11px] text-stone-400">{t.table[key]}</dt>
                  <dd className="text-sm font-semibold text-stone-900 tabular-nums">{count(value)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatsTotalsTiles } from "@/components/stats/contributor-stats-table";
import { PieceTable } from "@/components/stats/piece-table";
import { StatsPeriodForm } from "@/components/stats/stats-period-form";
import { can } from "@/lib/domain/permissions";
import { summarizePieces } from "@/lib/domain/stats";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { contributorPieces } from "@/lib/server/stats/contributor-stats";
import { statsRequest } from "@/lib/server/stats/stats-request";

const t = messages.audit.stats;
const roleNames = messages.articles.bylineRoles;

export const metadata: Metadata = { title: t.title };

export default async function ContributorStatsPage({
  params, searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requireSessionUser(`/desk/stats/contributors/${id}`);
  if (!can(user.roles, "stats.view")) notFound();
  const request = await statsRequest(await searchParams);
  const found = await contributorPieces(user, request.scope, id);
  if (!found) notFound();
  const { contributor, pieces } = found;
  // The header is summed from the rows below, so the two always agree.
  const figures = summarizePieces(pieces)[0];
  const back = `/desk/stats?${new URLSearchParams(request.query)}` as Route;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={back} className="text-sm text-stone-500 hover:text-brand-700">← {t.detail.back}</Link>
        <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{format(t.detail.title, { name: contributor.name })}</h1>
        <p className="text-sm text-stone-500">
          {t.kinds[contributor.kind]}
          {figures && Object.keys(figures.roles).length > 0 && (
            <> · {t.table.roles}：{Object.entries(figures.roles).map(([role, n]) => `${roleNames[role as keyof typeof roleNames]} ${n}`).join(" · ")}</>
          )}
        </p>
      </header>

      <StatsPeriodForm action={`/desk/stats/contributors/${contributor.id}`} period={request.period} publications={request.publications} publicationId={request.publicationId} />

      <dl className="grid grid-cols-3 gap-3" data-testid="contributor-figures">
        {([["pieces", figures?.pieces ?? 0], ["characters", figures?.characters ?? 0], ["photos", figures?.photos ?? 0]] as const).map(([key, value]) => (
          <div key={key} className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
            <dt className="text-xs font-medium text-stone-500">{t.table[key]}</dt>
            <dd className="mt-1 font-serif text-2xl font-bold text-stone-900 tabular-nums">{value.toLocaleString("zh-CN")}</dd>
          </div>
        ))}
      </dl>

      {pieces.length > 0 ? (
        <PieceTable pieces={pieces} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.detail.empty}</p>
      )}
    </div>
  );
}

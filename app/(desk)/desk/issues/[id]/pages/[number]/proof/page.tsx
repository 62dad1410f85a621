import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProofDesk } from "@/components/proofdesk/proof-desk";
import { t } from "@/components/proofdesk/messages";
import { pageNumberLabel } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { format } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { loadProofDesk } from "@/lib/server/proofing/proof-desk";

type Params = { params: Promise<{ id: string; number: string }> };

/** Read once per request: the metadata and the page both ask. */
const load = cache(async (id: string, number: string) => {
  const user = await requireSessionUser(`/desk/issues/${id}/pages/${number}/proof`);
  if (!/^\d{1,3}$/.test(number)) notFound();
  try {
    return { desk: await loadProofDesk(user, id, Number(number)), signer: can(user.roles, "page.sign") };
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, number } = await params;
  const { desk } = await load(id, number);
  return { title: format(t.metaTitle, { page: pageNumberLabel(desk.page.number), name: desk.page.name, number: desk.issue.number }) };
}

/** 校样台: one page's proof rounds, marks, checks, 差错率 and 签付印. */
export default async function ProofDeskPage({ params }: Params) {
  const { id, number } = await params;
  const { desk, signer } = await load(id, number);
  // Keyed by page: moving to another page starts afresh (selection, open forms).
  return <ProofDesk key={desk.page.id} data={desk} signer={signer} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PageComposer } from "@/components/compose/page-composer";
import { t } from "@/components/compose/messages";
import { pageNumberLabel } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import { format } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { loadComposePage } from "@/lib/server/composition/compose-page";

type Params = { params: Promise<{ id: string; number: string }> };

/** Read once per request: the metadata and the page both ask. */
const load = cache(async (id: string, number: string) => {
  const user = await requireSessionUser(`/desk/issues/${id}/pages/${number}`);
  if (!/^\d{1,3}$/.test(number)) notFound();
  try {
    return await loadComposePage(user, id, Number(number));
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, number } = await params;
  const { issue, page } = await load(id, number);
  return { title: format(t.metaTitle, { page: pageNumberLabel(page.number), name: page.name, number: issue.number }) };
}

export default async function ComposePagePage({ params }: Params) {
  const { id, number } = await params;
  const data = await load(id, number);
  // Keyed by page: moving to another page starts a fresh composer (selection, drafts).
  return <PageComposer key={data.page.id} data={data} />;
}

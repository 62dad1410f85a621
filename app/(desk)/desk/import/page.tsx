import { messages } from "@/lib/i18n";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BatchList } from "@/components/import/batch-list";
import { UploadForm } from "@/components/import/upload-form";
import { PageTitle } from "@/components/desk/page-title";
import { can } from "@/lib/domain/permissions";
import { requireSessionUser } from "@/lib/server/auth/session";
import { importablePublications, listImportBatches } from "@/lib/server/import/batches";

const importUi = messages.importUi;

const t = importUi;

export const metadata: Metadata = { title: t.title };

export default async function ImportPage() {
  const user = await requireSessionUser("/desk/import");
  if (!can(user.roles, "import.run")) notFound();
  const [publications, batches] = await Promise.all([importablePublications(), listImportBatches()]);

  return (
    <div className="space-y-8">
      <PageTitle title={t.title} intro={t.intro} />

      <UploadForm publications={publications} />

      <section aria-labelledby="import-batches-title" className="space-y-3">
        <h2 id="import-batches-title" className="text-sm font-semibold tracking-wide text-stone-500">{t.list.title}</h2>
        <BatchList batches={batches} />
      </section>
    </div>
  );
}

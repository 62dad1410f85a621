import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicationForm } from "@/components/admin/publication-form";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { getPublicationSettings } from "@/lib/server/admin/list-publications";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin.publications;

export const metadata: Metadata = { title: t.title };

export default async function PublicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSessionUser(`/desk/admin/publications/${id}`);
  if (!can(user.roles, "admin.publications")) notFound();
  const publication = await getPublicationSettings(id);
  if (!publication) notFound();

  return (
    <div className="space-y-4">
      <Link href={"/desk/admin/publications" as Route} className="text-sm text-stone-500 hover:text-brand-700">← {t.back}</Link>
      <h2 className="font-serif text-xl font-bold text-stone-900">{format(t.editTitle, { name: publication.settings.name })}</h2>
      <PublicationForm id={publication.id} updatedAt={publication.updatedAt.toISOString()} settings={publication.settings} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MediaDetailForm } from "@/components/media/media-detail-form";
import { MediaFacts } from "@/components/media/media-facts";
import { can } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { toLibraryItem } from "@/lib/server/media/library-item";
import { getMedia } from "@/lib/server/media/list-media";

const t = messages.media.detail;

export const metadata: Metadata = { title: t.title };

export default async function MediaDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSessionUser(`/desk/media/${id}`);
  if (!can(user.roles, "media.upload") || !/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const media = await getMedia(id);
  if (!media) notFound();
  const item = toLibraryItem(media);
  return (
    <div className="space-y-5">
      <Link href="/desk/media" className="text-sm text-stone-600 hover:text-brand-700">← {t.back}</Link>
      <h1 className="font-serif text-2xl font-bold text-stone-900">{item.caption || item.originalName}</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <MediaDetailForm item={item} original={{ width: media.width, height: media.height }} />
        <MediaFacts item={item} original={{ width: media.width, height: media.height }} renditions={media.renditions} />
      </div>
    </div>
  );
}

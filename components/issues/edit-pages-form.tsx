"use client";
// 编辑版面 of a planned issue: the same page list as when planning it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { messages } from "@/lib/i18n";
import { editIssuePagesAction } from "@/app/(desk)/desk/issues/actions";
import { newPageDraft, PageListEditor } from "./page-list-editor";

const t = messages.issues.overview;

export function EditPagesForm({ issueId, pages }: { issueId: string; pages: { id: string; name: string }[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState(() => pages.map((p) => newPageDraft(p.name, p.id)));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  if (!open) {
    return <button type="button" onClick={() => setOpen(true)} className="text-sm text-brand-700 hover:underline">{t.editPages}</button>;
  }
  async function save() {
    setPending(true);
    setError(null);
    const result = await editIssuePagesAction({ issueId, pages: drafts.map(({ id, name }) => ({ id, name })) });
    setPending(false);
    if (result?.serverError) return setError(result.serverError.message);
    if (result?.validationErrors) return setError(messages.errors.validation);
    setOpen(false);
    router.refresh();
  }
  return (
    <div className="max-w-md space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <PageListEditor pages={drafts} onChange={setDrafts} />
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
      <div className="flex gap-2">
        <button type="button" disabled={pending} onClick={save} className="rounded-md bg-stone-800 px-3 py-1.5 text-sm text-white disabled:opacity-60">{pending ? t.saving : t.savePages}</button>
        <button type="button" onClick={() => { setOpen(false); setDrafts(pages.map((p) => newPageDraft(p.name, p.id))); }} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm">{t.cancel}</button>
      </div>
    </div>
  );
}

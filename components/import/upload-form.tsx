"use client";
// 上传往期: one file (one printed page) into one publication. The file input is
// left alone on a refusal, so the editor can read the message and retry.
import { useId, useState } from "react";
import { startImportAction } from "@/app/(desk)/desk/import/actions";
import { format, messages } from "@/lib/i18n";

const importUi = messages.importUi;

const t = importUi.upload;
const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm";

export const ACCEPTED_FILES = ".txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const fileSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

interface Props {
  publications: { slug: string; name: string; isDefault: boolean }[];
}

export function UploadForm({ publications }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [chosen, setChosen] = useState<File | null>(null);
  const fileId = useId();
  const fallback = publications.find((p) => p.isDefault) ?? publications[0];

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.name === "") {
      setError(t.chooseFile);
      return;
    }
    setPending(true);
    setError(null);
    // Success redirects to the new batch; only refusals come back.
    const result = await startImportAction(form).catch(() => ({ serverError: { message: messages.errors.internal } }));
    if (result?.serverError) setError(result.serverError.message);
    else if (result?.validationErrors) setError(messages.errors.validation);
    setPending(false);
  }

  return (
    <form onSubmit={submit} aria-labelledby="upload-title" data-testid="import-upload" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="upload-title" className="text-lg font-semibold text-stone-900">{t.title}</h2>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <label className="block">
          <span className="text-sm text-stone-600">{t.publication}</span>
          <select name="publication" defaultValue={fallback?.slug} required className={input}>
            {publications.map((publication) => (
              <option key={publication.slug} value={publication.slug}>《{publication.name}》</option>
            ))}
          </select>
        </label>
        <div>
          <label htmlFor={fileId} className="text-sm text-stone-600">{t.file}</label>
          {/* The browser's own picker speaks the browser's language; this one speaks the newsroom's. */}
          <div className="mt-1 flex min-w-0 items-center gap-3 rounded-md border border-stone-300 bg-white px-2 py-1.5">
            <input
              id={fileId}
              type="file"
              name="file"
              accept={ACCEPTED_FILES}
              required
              onChange={(event) => { setChosen(event.target.files?.[0] ?? null); setError(null); }}
              className="peer sr-only"
            />
            <label
              htmlFor={fileId}
              className="shrink-0 cursor-pointer rounded bg-stone-100 px-2.5 py-1 text-sm font-medium text-stone-800 hover:bg-stone-200 peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600"
            >
              {chosen ? t.change : t.choose}
            </label>
            <span data-testid="chosen-file" className={`min-w-0 truncate text-sm ${chosen ? "text-stone-900" : "text-stone-400"}`}>
              {chosen ? format(t.chosen, { name: chosen.name, size: fileSize(chosen.size) }) : t.noFile}
            </span>
          </div>
        </div>
      </div>
      <p className="text-sm leading-relaxed text-stone-500">{t.formats}</p>
      {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

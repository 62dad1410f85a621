// Search the library by caption, credit or file name, and by upload date (a GET form: the URL keeps the search).
import Link from "next/link";
import type { MediaQuery } from "@/lib/domain/media";
import { messages } from "@/lib/i18n";

const t = messages.media.search;
const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

export function MediaSearch({ query }: { query: MediaQuery }) {
  return (
    <form role="search" aria-label={t.label} action="/desk/media" className="grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end">
      <label className="col-span-2 block text-sm font-medium text-stone-700 sm:col-span-1">
        {t.q}
        <input type="search" name="q" defaultValue={query.q} placeholder={t.qPlaceholder} className={input} />
      </label>
      <label className="block text-sm font-medium text-stone-700">
        {t.from}
        <input type="date" name="from" defaultValue={query.from ?? ""} className={input} />
      </label>
      <label className="block text-sm font-medium text-stone-700">
        {t.to}
        <input type="date" name="to" defaultValue={query.to ?? ""} className={input} />
      </label>
      <div className="col-span-2 flex items-center gap-3 sm:col-span-1">
        <button type="submit" className="min-h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">{t.submit}</button>
        {(query.q || query.from || query.to) && (
          <Link href="/desk/media" className="text-sm text-stone-600 underline underline-offset-2 hover:text-stone-900">{t.clear}</Link>
        )}
      </div>
    </form>
  );
}

import { ReaderLink as Link } from "./reader-link";
import { readerUrls } from "@/lib/domain/reader-urls";
import { format, messages } from "@/lib/i18n";
import { route } from "./links";

const reader = messages.reader;

const t = reader.site;

export function SiteFooter({ home }: { home: { slug: string; name: string } | null }) {
  return (
    <footer className="reader-chrome mt-12 border-t border-stone-300 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-4 text-sm text-stone-700 sm:px-6">
        <p>{format(t.footer, { name: home?.name ?? "" })}</p>
        <ul className="flex flex-wrap gap-x-2">
          {home && (
            <li>
              <a href={readerUrls.feed(home.slug)} className="reader-link-block hover:text-brand-700">{t.feed}</a>
            </li>
          )}
          <li>
            <Link href={route("/login")} prefetch={false} className="reader-link-block hover:text-brand-700">{t.staffLink}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}

// 版面导航: every page of the issue, the current one marked. A strip that
// scrolls sideways on a phone, a column beside the page on a wide screen.
import { ReaderLink as Link } from "./reader-link";
import { pageNumberLabel } from "@/lib/domain/dates";
import { readerUrls } from "@/lib/domain/reader-urls";
import type { SnapshotContent } from "@/lib/domain/snapshot";
import { messages } from "@/lib/i18n";
import { route } from "./links";

const reader = messages.reader;

type Props = { content: SnapshotContent; current: number };

export function PageNavigator({ content, current }: Props) {
  const { slug } = content.publication;
  return (
    <nav aria-label={reader.page.navigator} data-testid="page-navigator" className="reader-page__nav">
      <h2 className="mb-2 hidden text-sm font-bold text-stone-700 lg:block">{reader.page.navigator}</h2>
      <ol className="reader-scroll-x -mx-4 flex gap-2 overflow-x-auto px-4 pb-1 lg:mx-0 lg:flex-col lg:overflow-visible lg:px-0">
        {content.pages.map((page) => {
          const isCurrent = page.number === current;
          return (
            <li key={page.number} className="flex-none">
              <Link
                href={route(readerUrls.page(slug, content.issue.date, page.number))}
                aria-current={isCurrent ? "page" : undefined}
                className={`flex min-h-11 items-center gap-2 rounded-md border px-3 py-2 whitespace-nowrap ${
                  isCurrent ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-800 hover:border-brand-600 hover:text-brand-700"
                }`}
              >
                <span className="font-bold tabular-nums">{pageNumberLabel(page.number)}</span>
                <span>{page.name}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

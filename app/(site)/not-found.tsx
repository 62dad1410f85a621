// The reader site's 404: an issue, page or article that is not there (or not
// published yet), with the ways on.
import type { Metadata } from "next";
import { ReaderLink as Link } from "@/components/site/reader-link";
import { EmptyState } from "@/components/site/empty-state";
import { route } from "@/components/site/links";
import { readerUrls } from "@/lib/domain/reader-urls";
import { messages } from "@/lib/i18n";
import { getDefaultPublication } from "./reader-data";

const reader = messages.reader;

const t = reader.notFound;

export const metadata: Metadata = { title: { absolute: t.metaTitle } };

export default async function ReaderNotFound() {
  const home = await getDefaultPublication();
  return (
    <div data-testid="reader-not-found">
      <EmptyState title={t.title} hint={t.body}>
        <Link href="/" className="reader-button">
          {t.home}
        </Link>
        {home && (
          <Link href={route(readerUrls.archive(home.slug))} className="reader-button reader-button--quiet">
            {t.archive}
          </Link>
        )}
        <Link href={route("/search")} className="reader-button reader-button--quiet">
          {t.search}
        </Link>
      </EmptyState>
    </div>
  );
}

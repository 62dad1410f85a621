// Links between reader pages. No prefetching: a page view links a dozen
// articles, and fetching them all while the page loads cost phones their
// first paint (npm run bench); reader pages are cached and open fast on click.
import Link from "next/link";
import type { ComponentProps } from "react";

export function ReaderLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}

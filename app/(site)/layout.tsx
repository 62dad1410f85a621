// The public reader site (数字报). Noto Serif SC ships from npm: fonts are never
// fetched from a font CDN, and with unicode-range subsets the browser loads only
// the pieces a page's characters need. Two weights: body (400) and headings (700);
// a heavier weight asked for (the printed page's 900) is drawn with 700.
import "@fontsource/noto-serif-sc/400.css";
import "@fontsource/noto-serif-sc/700.css";
import "@/components/site/reader.css";
import type { Metadata } from "next";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { messages } from "@/lib/i18n";
import { getDefaultPublication, getPublications, origin } from "./reader-data";

const reader = messages.reader;

export async function generateMetadata(): Promise<Metadata> {
  return { metadataBase: new URL(origin()) };
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [home, publications] = await Promise.all([getDefaultPublication(), getPublications()]);
  return (
    <div className="reader-site flex min-h-dvh flex-col bg-paper">
      <a href="#main" className="reader-skip-link">
        {reader.site.skipToContent}
      </a>
      <SiteHeader home={home} publications={publications} />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <SiteFooter home={home} />
    </div>
  );
}

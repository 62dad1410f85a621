// The public reader site (数字报). Type is the reader's own CJK serif (Noto/Source
// Han Serif, Songti): no web font is sent. A Chinese web font, even subset by
// unicode-range, put two render-blocking stylesheets of 200 @font-face rules in
// front of every page and cost mobile Lighthouse its 95 (npm run bench).
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

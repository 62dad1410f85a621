// The public reader site (数字报). Noto Serif SC ships from npm: fonts are never
// fetched from a font CDN, and the browser loads only the subsets a page uses.
import "@fontsource/noto-serif-sc/400.css";
import "@fontsource/noto-serif-sc/700.css";
import "@fontsource/noto-serif-sc/900.css";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-dvh bg-paper">{children}</div>;
}

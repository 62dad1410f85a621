import type { Metadata, Viewport } from "next";
import { locale, messages } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.title, template: `%s · ${messages.app.name}` },
  description: messages.app.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The newsroom's layouts (desk, login, print) render at request time for their
// CSP nonce (proxy.ts); the reader site's pages are cached.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-stone-50 font-sans antialiased">{children}</body>
    </html>
  );
}

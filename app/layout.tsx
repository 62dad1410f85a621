import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { locale, messages } from "@/lib/i18n";
import "./globals.css";
import "@/components/editor/article-body.css";
import "@/components/proof/page-proof.css";

export const metadata: Metadata = {
  title: { default: messages.app.title, template: `%s · ${messages.app.name}` },
  description: messages.app.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page carries a per-request CSP nonce (proxy.ts), which Next applies
  // to its scripts only when rendering at request time.
  await connection();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-stone-50 font-sans antialiased">{children}</body>
    </html>
  );
}

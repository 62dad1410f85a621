import Link from "next/link";
import { messages } from "@/lib/i18n";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-6 text-center">
      <p className="font-serif text-6xl font-black text-brand-600">404</p>
      <h1 className="text-xl font-semibold">{messages.errors.pageNotFound}</h1>
      <p className="text-stone-600">{messages.errors.notFound}</p>
      <Link href="/" className="text-brand-700 underline">{messages.errors.backHome}</Link>
    </main>
  );
}

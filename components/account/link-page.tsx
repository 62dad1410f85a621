// The page a one-time link opens: the sign-in page's frame, with the password
// form when the link works and what to do when it does not.
import Link from "next/link";
import { BrandPanel } from "@/components/auth/brand-panel";
import { messages } from "@/lib/i18n";
import { LinkPasswordForm } from "./link-password-form";

const t = messages.admin.accept;

interface Props {
  token: string;
  kind: "invite" | "password_reset";
  link: { user: { name: string; email: string } } | null;
}

export function LinkPage({ token, kind, link }: Props) {
  return (
    <main className="grid min-h-dvh lg:grid-cols-[1.1fr_1fr]">
      <BrandPanel />
      <section className="flex items-center justify-center px-5 py-10 sm:px-10">
        <div className="w-full max-w-sm">
          <p className="mb-4 font-serif text-3xl font-bold text-brand-700 lg:hidden">{messages.app.name}</p>
          {link ? (
            <LinkPasswordForm token={token} kind={kind} name={link.user.name} email={link.user.email} />
          ) : (
            <div data-testid="link-invalid" className="space-y-4">
              <h1 className="text-2xl font-semibold text-stone-900">{t.invalidTitle}</h1>
              <p className="text-sm leading-relaxed text-stone-600">{t.invalidIntro}</p>
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm font-medium text-amber-900">{t.invalidWhatToDo}</p>
              <Link href="/login" className="inline-block text-sm font-medium text-brand-700 hover:underline">{messages.login.title} →</Link>
            </div>
          )}
        </div>
      </section>
    </main>
  );
}

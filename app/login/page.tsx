import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { BrandPanel } from "@/components/auth/brand-panel";
import { safeReturnPath } from "@/lib/domain/return-path";
import { messages } from "@/lib/i18n";
import { listDemoAccounts } from "@/lib/server/auth/demo-accounts";
import { getSessionUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: messages.login.title };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getSessionUser()) redirect(returnTo as "/desk");
  const demoAccounts = await listDemoAccounts();

  return (
    <main className="grid min-h-dvh lg:grid-cols-[1.1fr_1fr]">
      <BrandPanel />
      <section className="flex items-center justify-center px-5 py-10 sm:px-10">
        <LoginForm returnTo={returnTo} demoAccounts={demoAccounts} />
      </section>
    </main>
  );
}

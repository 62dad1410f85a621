// 重设密码链接: a user the admin sent a reset link sets a new password. Rendered per request.
import type { Metadata } from "next";
import { connection } from "next/server";
import { LinkPage } from "@/components/account/link-page";
import { messages } from "@/lib/i18n";
import { readUserLink } from "@/lib/server/admin/read-user-link";

export const metadata: Metadata = { title: messages.admin.accept.pageTitle, referrer: "no-referrer", robots: { index: false } };

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  return <LinkPage token={token} kind="password_reset" link={await readUserLink(token, "password_reset")} />;
}

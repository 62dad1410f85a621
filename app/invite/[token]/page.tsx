// 邀请链接: a new user sets their password. Rendered per request (the link is read each time).
import type { Metadata } from "next";
import { connection } from "next/server";
import { LinkPage } from "@/components/account/link-page";
import { messages } from "@/lib/i18n";
import { readUserLink } from "@/lib/server/admin/read-user-link";

export const metadata: Metadata = { title: messages.admin.accept.pageTitle, referrer: "no-referrer", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  return <LinkPage token={token} kind="invite" link={await readUserLink(token, "invite")} />;
}

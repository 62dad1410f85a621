"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { markNotificationsReadAction } from "@/app/(desk)/desk/articles/actions";
import { ActionButton } from "@/components/ui/action-button";
import { messages } from "@/lib/i18n";

const t = messages.lists.notifications;

/** 全部标为已读; the refresh also clears the bell's count in the header. */
export function MarkAllReadButton() {
  const router = useRouter();
  const { execute, isPending, result } = useAction(markNotificationsReadAction, {
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionButton
      label={t.markAllRead}
      pendingLabel={t.marking}
      pending={isPending}
      onClick={() => execute({ ids: "all" })}
      error={result.serverError?.message}
      className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:border-brand-500 hover:text-brand-700"
    />
  );
}

"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { restoreRevisionAction } from "@/app/(desk)/desk/articles/actions";
import { ActionButton } from "@/components/ui/action-button";
import { messages } from "@/lib/i18n";
import { articleHref } from "./hrefs";

const t = messages.lists.history;

interface Props {
  articleId: string;
  revisionId: string;
  /** The article's version as the page saw it: a stale restore is refused. */
  baseVersion: number;
}

/** 恢复此版本: writes the revision back as a new version, then opens the article. */
export function RestoreRevisionButton({ articleId, revisionId, baseVersion }: Props) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(restoreRevisionAction, {
    onSuccess: () => router.push(articleHref(articleId)),
    // Someone saved meanwhile: reload the history so a retry is based on their version.
    onError: ({ error }) => {
      if (error.serverError?.code === "conflict") router.refresh();
    },
  });
  return (
    <ActionButton
      label={t.restore}
      pendingLabel={t.restoring}
      pending={isPending}
      title={t.restoreHint}
      onClick={() => execute({ articleId, revisionId, baseVersion })}
      error={result.serverError?.message}
      className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs whitespace-nowrap text-stone-700 hover:border-brand-500 hover:text-brand-700"
    />
  );
}

"use client";

import { useAction } from "next-safe-action/hooks";
import { createArticleAction } from "@/app/(desk)/desk/articles/actions";
import { ActionButton } from "@/components/ui/action-button";
import { messages } from "@/lib/i18n";

const t = messages.lists.articleList;

/** 写稿: creates a draft; the action redirects to its editor. */
export function NewArticleButton({ publicationId }: { publicationId?: string }) {
  const { execute, isPending, result } = useAction(createArticleAction);
  return (
    <ActionButton
      label={t.newArticle}
      pendingLabel={t.creating}
      pending={isPending}
      onClick={() => execute({ publicationId })}
      error={result.serverError?.message}
      className="inline-flex items-center gap-1.5 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      icon={
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path d="M10 4a1 1 0 0 1 1 1v4h4a1 1 0 1 1 0 2h-4v4a1 1 0 1 1-2 0v-4H5a1 1 0 1 1 0-2h4V5a1 1 0 0 1 1-1Z" />
        </svg>
      }
    />
  );
}

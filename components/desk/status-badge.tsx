import type { ArticleStatus } from "@/lib/domain/article-workflow";
import { messages } from "@/lib/i18n";

const names = messages.articles.statuses;

// One colour per stage of 三审: grey draft, warm while waiting for review,
// green once 签发, orange when returned, struck grey when archived.
const TONES: Record<ArticleStatus, string> = {
  draft: "bg-stone-100 text-stone-700 ring-stone-300",
  submitted: "bg-amber-50 text-amber-800 ring-amber-300",
  first_passed: "bg-sky-50 text-sky-800 ring-sky-300",
  second_passed: "bg-indigo-50 text-indigo-800 ring-indigo-300",
  released: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  returned: "bg-orange-50 text-orange-800 ring-orange-300",
  rejected: "bg-stone-200 text-stone-600 ring-stone-400 line-through decoration-stone-400",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span
      data-status={status}
      title={messages.lists.status.options[status]}
      className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}
    >
      {names[status]}
    </span>
  );
}

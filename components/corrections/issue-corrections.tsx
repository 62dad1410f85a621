// 本期更正: the corrections an issue carries, for the desk's issue overview and
// the reader site. No hooks; nothing when the issue lists none.
import Link from "next/link";
import type { CorrectionRecord } from "@/lib/domain/corrections";
import { messages } from "@/lib/i18n";
import { CorrectionItem, toCorrectionView } from "./correction-note";

const t = messages.corrections;

interface Props {
  corrections: CorrectionRecord[];
  /** Where an article opens (desk or reader site); the sentence is plain text without it. */
  articleHref?: (articleId: string) => string;
}

export function IssueCorrections({ corrections, articleHref }: Props) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="issue-corrections-title" data-testid="issue-corrections" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="issue-corrections-title" className="text-sm font-semibold text-stone-500">{t.issue.title}</h2>
      <ol className="mt-3 space-y-3">
        {corrections.map((record) => {
          const view = toCorrectionView(record);
          const href = articleHref?.(view.articleId);
          return (
            <li key={view.id} className="border-l-4 border-amber-400 pl-3 text-sm leading-6 text-stone-800">
              {href ? (
                <Link href={href as "/desk"} className="block hover:text-brand-700"><CorrectionItem correction={view} /></Link>
              ) : (
                <CorrectionItem correction={view} />
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-3 text-xs text-stone-500">{t.issue.apology}</p>
    </section>
  );
}

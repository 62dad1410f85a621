"use client";
// 还需改正: every problem of the draft, each a link to its field.
import type { DraftProblem } from "@/lib/domain/import/draft";
import { messages, format } from "@/lib/i18n";
import { fieldId } from "@/lib/domain/import/draft-edits";

const importUi = messages.importUi;

const t = importUi.review;

function focusField(path: string) {
  // `articles` (none left) has no field of its own: the list takes the focus.
  const element = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId("articles"));
  element?.scrollIntoView({ behavior: "smooth", block: "center" });
  element?.focus({ preventScroll: true });
}

export function ProblemSummary({ problems, id }: { problems: DraftProblem[]; id?: string }) {
  if (problems.length === 0) {
    return (
      <p id={id} tabIndex={-1} data-testid="import-problems" data-count={0} className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-800">
        ✓ {t.problemsNone}
      </p>
    );
  }
  return (
    <section id={id} tabIndex={-1} aria-labelledby="import-problems-title" data-testid="import-problems" data-count={problems.length} className="rounded-lg border border-brand-200 bg-brand-50/60 px-4 py-3">
      <h2 id="import-problems-title" className="text-sm font-semibold text-brand-800">{format(t.problemsTitle, { count: problems.length })}</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <button type="button" onClick={() => focusField(problem.path)} className="text-left text-brand-800 underline decoration-brand-200 underline-offset-2 hover:decoration-brand-700">
              {problem.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

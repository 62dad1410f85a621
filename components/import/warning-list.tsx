// 识别提示: every warning of the parser, in full, at the top of the review.
import { messages, format } from "@/lib/i18n";

const importUi = messages.importUi;

const t = importUi.review;

export function WarningList({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="import-warnings" data-testid="import-warnings" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 sm:px-5">
      <h2 id="import-warnings" className="flex items-center gap-2 text-sm font-semibold text-amber-900">
        <span aria-hidden className="flex size-5 items-center justify-center rounded-full bg-amber-400 text-xs font-bold text-white">!</span>
        {format(t.warningsTitle, { count: warnings.length })}
      </h2>
      <p className="mt-1 text-xs text-amber-800">{t.warningsIntro}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm leading-relaxed text-amber-950 marker:text-amber-500">
        {warnings.map((warning, index) => (
          <li key={index} className="[overflow-wrap:anywhere]">{warning}</li>
        ))}
      </ul>
    </section>
  );
}

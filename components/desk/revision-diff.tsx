import type { DiffPart } from "@/lib/domain/text-diff";
import { messages } from "@/lib/i18n";

const t = messages.lists.history;

/** A changed line break is invisible by itself: mark it. */
function withVisibleBreaks(text: string) {
  return text.replaceAll("\n", `${t.lineBreak}\n`);
}

/** A character-level comparison: removed struck through in red, added underlined in green. */
export function RevisionDiff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <div data-testid="revision-diff" className="font-serif text-[15px] leading-8 whitespace-pre-wrap break-words text-stone-800">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={index} className="rounded-sm bg-red-50 text-red-700 decoration-red-500 decoration-1">
            {withVisibleBreaks(part.text)}
          </del>
        ) : (
          <ins key={index} className="rounded-sm bg-green-50 text-green-800 underline decoration-green-600 decoration-2 underline-offset-4">
            {withVisibleBreaks(part.text)}
          </ins>
        ),
      )}
    </div>
  );
}

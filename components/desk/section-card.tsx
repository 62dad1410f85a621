import type { SectionKey } from "@/lib/domain/sections";
import { messages } from "@/lib/i18n";

/** A workspace section. Sections light up as the issues that build them land. */
export function SectionCard({ section }: { section: SectionKey }) {
  const { title, mark, description } = messages.sections[section];
  return (
    <div data-section={section} className="flex h-full gap-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <span aria-hidden className="flex size-11 shrink-0 items-center justify-center rounded-md bg-brand-600 font-serif text-xl font-bold text-white">
        {mark}
      </span>
      <div className="min-w-0">
        <h3 className="font-semibold text-stone-900">{title}</h3>
        <p className="mt-1 text-sm text-stone-600">{description}</p>
        <p className="mt-2 text-xs text-stone-400">{messages.sections.comingSoon}</p>
      </div>
    </div>
  );
}

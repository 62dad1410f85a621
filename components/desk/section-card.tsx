import Link from "next/link";
import type { Route } from "next";
import type { SectionKey } from "@/lib/domain/sections";
import { messages } from "@/lib/i18n";

/** A workspace section. Sections light up (get an href) as the issues that build them land. */
export function SectionCard({ section, href }: { section: SectionKey; href?: Route }) {
  const { title, mark, description } = messages.sections[section];
  const body = (
    <>
      <span
        aria-hidden
        className={`flex size-11 shrink-0 items-center justify-center rounded-md font-serif text-xl font-bold text-white ${href ? "bg-brand-600" : "bg-brand-600/70"}`}
      >
        {mark}
      </span>
      <div className="min-w-0">
        <h3 className={`font-semibold ${href ? "text-stone-900 group-hover:text-brand-700" : "text-stone-900"}`}>{title}</h3>
        <p className="mt-1 text-sm text-stone-600">{description}</p>
        {!href && <p className="mt-2 text-xs text-stone-400">{messages.sections.comingSoon}</p>}
      </div>
    </>
  );
  const box = "flex h-full gap-4 rounded-lg border bg-white p-5 shadow-sm";
  if (!href) {
    return (
      <div data-section={section} className={`${box} border-stone-200`}>
        {body}
      </div>
    );
  }
  return (
    <Link
      href={href}
      data-section={section}
      className={`${box} group border-stone-200 transition hover:border-brand-300 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600`}
    >
      {body}
    </Link>
  );
}

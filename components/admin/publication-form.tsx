"use client";
// 报纸设置: masthead, colophon, editorial rules and the page template. Checked
// here with the server's own schema; a save refused because someone else
// saved first keeps everything typed, and says how to see their version.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { updatePublicationAction } from "@/app/(desk)/desk/admin/publications/actions";
import { newPageDraft, PageListEditor, type PageDraft } from "@/components/issues/page-list-editor";
import { PROOF_ROUNDS_MAX, PROOF_ROUNDS_MIN, publicationSettingsSchema, type PublicationSettings, type PublicationSettingsInput } from "@/lib/domain/publication-settings";
import { format, messages } from "@/lib/i18n";
import { useHydrated } from "./use-hydrated";

const t = messages.admin.publications;
const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200 aria-[invalid=true]:border-brand-500";
const card = "space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm";

type TextKey = Exclude<keyof PublicationSettingsInput, "internalCirculation" | "proofRounds" | "pageTemplate">;
type Values = Record<TextKey, string> & { internalCirculation: boolean; proofRounds: number };
type Errors = Partial<Record<keyof PublicationSettingsInput, string>>;

function valuesOf(settings: PublicationSettings): Values {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    name: settings.name,
    registrationLine: text(settings.registrationLine),
    supervisor: text(settings.supervisor),
    sponsor: text(settings.sponsor),
    publisher: text(settings.publisher),
    circulationNote: text(settings.circulationNote),
    address: text(settings.address),
    hotline: text(settings.hotline),
    submissionEmail: text(settings.submissionEmail),
    printRun: text(settings.printRun),
    distribution: text(settings.distribution),
    printer: text(settings.printer),
    dateline: settings.dateline,
    internalCirculation: settings.internalCirculation,
    proofRounds: settings.proofRounds,
  };
}

interface Props {
  id: string;
  updatedAt: string;
  settings: PublicationSettings;
}

export function PublicationForm({ id, updatedAt, settings }: Props) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(() => valuesOf(settings));
  const [pages, setPages] = useState<PageDraft[]>(() => settings.pageTemplate.map((page) => newPageDraft(page.name)));
  const [base, setBase] = useState(updatedAt);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ tone: "ok" | "error"; text: string; stale?: boolean } | null>(null);
  const [pending, setPending] = useState(false);
  const formId = useId();
  const ready = useHydrated();

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setNotice(null);
  };

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const typed: PublicationSettingsInput = { ...values, pageTemplate: pages.map((page) => page.name) };
    const parsed = publicationSettingsSchema.safeParse(typed);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof PublicationSettingsInput;
        found[key] ??= issue.message;
      }
      setErrors(found);
      setNotice({ tone: "error", text: t.invalid });
      return;
    }
    setErrors({});
    setPending(true);
    const result = await updatePublicationAction({ id, baseUpdatedAt: base, settings: typed }).catch(() => ({ serverError: { code: "internal", message: messages.errors.internal } }));
    setPending(false);
    if (result && "data" in result && result.data) {
      setBase(result.data.updatedAt);
      setNotice({ tone: "ok", text: result.data.changed.length > 0 ? t.saved : t.unchanged });
      router.refresh();
      return;
    }
    const serverError = result?.serverError;
    setNotice({ tone: "error", text: serverError?.message ?? t.invalid, stale: serverError?.code === "conflict" });
  }

  const field = (key: TextKey, options: { hint?: string; type?: string; inputMode?: "numeric" | "email"; wide?: boolean } = {}) => {
    const note = errors[key] ?? options.hint;
    return (
      <div className={options.wide ? "sm:col-span-2" : undefined}>
        <label htmlFor={`${formId}-${key}`} className="text-sm font-medium text-stone-700">{t.fields[key]}</label>
        <input
          id={`${formId}-${key}`}
          name={key}
          type={options.type ?? "text"}
          inputMode={options.inputMode}
          value={values[key]}
          aria-invalid={!!errors[key]}
          aria-describedby={note ? `${formId}-${key}-note` : undefined}
          onChange={(e) => set(key, e.target.value)}
          className={input}
        />
        {note && <p id={`${formId}-${key}-note`} className={errors[key] ? "mt-1 text-sm text-brand-700" : "mt-1 text-xs text-stone-500"}>{note}</p>}
      </div>
    );
  };

  return (
    <form onSubmit={save} method="post" noValidate data-testid="publication-form" className="space-y-5">
      <fieldset className={card}>
        <legend className="float-left w-full">
          <span className="block text-base font-semibold text-stone-900">{t.sections.masthead}</span>
          <span className="mt-1 block text-sm font-normal text-stone-600">{t.sections.mastheadHint}</span>
        </legend>
        <div className="clear-both grid gap-4 sm:grid-cols-2">
          {field("name", { hint: t.fields.nameHint })}
          {field("circulationNote", { hint: t.fields.circulationNoteHint })}
          {field("registrationLine", { hint: t.fields.registrationLineHint, wide: true })}
          {field("supervisor")}
          {field("sponsor")}
          {field("publisher", { wide: true })}
        </div>
      </fieldset>

      <fieldset className={card}>
        <legend className="float-left w-full">
          <span className="block text-base font-semibold text-stone-900">{t.sections.colophon}</span>
          <span className="mt-1 block text-sm font-normal text-stone-600">{t.sections.colophonHint}</span>
        </legend>
        <div className="clear-both grid gap-4 sm:grid-cols-2">
          {field("address", { wide: true })}
          {field("hotline", { type: "tel" })}
          {field("submissionEmail", { type: "email", inputMode: "email" })}
          {field("printRun", { hint: t.fields.printRunHint, inputMode: "numeric" })}
          {field("distribution")}
          {field("printer", { wide: true })}
        </div>
      </fieldset>

      <fieldset className={card}>
        <legend className="float-left w-full text-base font-semibold text-stone-900">{t.sections.editorial}</legend>
        <div className="clear-both grid gap-5 sm:grid-cols-2">
          {field("dateline", { hint: t.fields.datelineHint })}
          <div>
            <span id="proof-rounds-label" className="block text-sm font-medium text-stone-700">{t.fields.proofRounds}</span>
            <div role="radiogroup" aria-labelledby="proof-rounds-label" className="mt-1 flex w-fit overflow-hidden rounded-md border border-stone-300 shadow-sm">
              {Array.from({ length: PROOF_ROUNDS_MAX - PROOF_ROUNDS_MIN + 1 }, (_, i) => PROOF_ROUNDS_MIN + i).map((count) => (
                <label key={count} className={`cursor-pointer border-l border-stone-300 px-4 py-2 text-sm first:border-l-0 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${values.proofRounds === count ? "bg-brand-600 font-medium text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}>
                  <input type="radio" name="proofRounds" value={count} checked={values.proofRounds === count} onChange={() => set("proofRounds", count)} className="sr-only" />
                  {format(t.fields.proofRoundOption, { count: messages.proofRounds.ordinals[count - 1] ?? count })}
                </label>
              ))}
            </div>
            {errors.proofRounds ? <span className="mt-1 block text-sm text-brand-700">{errors.proofRounds}</span> : <span className="mt-1 block text-xs text-stone-500">{t.fields.proofRoundsHint}</span>}
          </div>
          <label className="flex items-start gap-3 sm:col-span-2">
            <input type="checkbox" name="internalCirculation" checked={values.internalCirculation} onChange={(e) => set("internalCirculation", e.target.checked)} className="mt-0.5 size-4 shrink-0 accent-brand-600" />
            <span>
              <span className="block text-sm font-medium text-stone-700">{t.fields.internalCirculation}</span>
              <span className="block text-xs text-stone-500">{t.fields.internalCirculationHint}</span>
            </span>
          </label>
        </div>
      </fieldset>

      <fieldset className={card}>
        <legend className="float-left w-full">
          <span className="block text-base font-semibold text-stone-900">{t.sections.template}</span>
          <span className="mt-1 block text-sm font-normal text-stone-600">{t.sections.templateHint}</span>
        </legend>
        <div className="clear-both max-w-md" data-testid="page-template">
          <PageListEditor pages={pages} onChange={(next) => { setPages(next); setNotice(null); }} />
        </div>
        {errors.pageTemplate && <p className="text-sm text-brand-700">{errors.pageTemplate}</p>}
      </fieldset>

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-stone-200 bg-stone-50/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0 sm:py-0">
        <button type="submit" disabled={pending || !ready} className="rounded-md bg-brand-600 px-5 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.saving : t.save}
        </button>
        {notice && (
          <p role={notice.tone === "error" ? "alert" : "status"} className={`text-sm ${notice.tone === "ok" ? "text-emerald-700" : "text-brand-800"}`}>
            {notice.text}
            {notice.stale && (
              <a href="" className="ml-2 font-medium underline underline-offset-2">{t.reload}</a>
            )}
          </p>
        )}
      </div>
    </form>
  );
}

// 报纸设置: what the admin may change of a publication (masthead, registration
// line, 电头, page template, proof rounds, internal circulation), validated
// the same way in the form and on the server.
import { z } from "zod";
import { format, messages } from "@/lib/i18n";

const t = messages.admin.publications.errors;

/** 校次 the proof desk runs before 通读: 一校 … 三校. */
export const PROOF_ROUNDS_MIN = 1;
export const PROOF_ROUNDS_MAX = 3;
export const TEMPLATE_PAGES_MAX = 16;

/** An optional line of the masthead: blank is stored as null. */
const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: format(t.tooLong, { max }) })
    .transform((value) => (value === "" ? null : value));

export const publicationSettingsSchema = z.object({
  name: z.string().trim().min(1, { message: t.nameRequired }).max(40, { message: format(t.tooLong, { max: 40 }) }),
  registrationLine: optionalLine(80),
  supervisor: optionalLine(80),
  sponsor: optionalLine(80),
  publisher: optionalLine(80),
  circulationNote: optionalLine(40),
  address: optionalLine(120),
  hotline: optionalLine(40),
  submissionEmail: z
    .string()
    .trim()
    .max(120, { message: format(t.tooLong, { max: 120 }) })
    .refine((value) => value === "" || z.email().safeParse(value).success, { message: t.email })
    .transform((value) => (value === "" ? null : value)),
  printRun: z
    .string()
    .trim()
    .refine((value) => value === "" || (/^\d{1,7}$/.test(value) && Number(value) > 0), { message: t.printRun })
    .transform((value) => (value === "" ? null : Number(value))),
  distribution: optionalLine(80),
  printer: optionalLine(80),
  dateline: z.string().trim().min(1, { message: t.datelineRequired }).max(20, { message: format(t.tooLong, { max: 20 }) }),
  internalCirculation: z.boolean(),
  proofRounds: z.number({ message: t.proofRounds }).int({ message: t.proofRounds }).min(PROOF_ROUNDS_MIN, { message: t.proofRounds }).max(PROOF_ROUNDS_MAX, { message: t.proofRounds }),
  pageTemplate: z
    .array(z.string().trim().min(1, { message: t.pageNameRequired }).max(20, { message: format(t.tooLong, { max: 20 }) }))
    .min(1, { message: t.pagesRequired })
    .max(TEMPLATE_PAGES_MAX, { message: format(t.tooManyPages, { max: TEMPLATE_PAGES_MAX }) })
    // 版序 follows the order of the list.
    .transform((names) => names.map((name, index) => ({ number: index + 1, name }))),
});

/** What the form sends: strings as typed, the page names in order. */
export type PublicationSettingsInput = z.input<typeof publicationSettingsSchema>;
/** What is stored. */
export type PublicationSettings = z.output<typeof publicationSettingsSchema>;
export type PublicationSettingKey = keyof PublicationSettings;

export const SETTING_KEYS = Object.keys(publicationSettingsSchema.shape) as PublicationSettingKey[];

/** The fields whose value changes, as { before, after } for the audit trail. */
export function changedSettings(before: PublicationSettings, after: PublicationSettings) {
  const changed = SETTING_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  const pick = (settings: PublicationSettings) => Object.fromEntries(changed.map((key) => [key, settings[key]]));
  return { keys: changed, before: pick(before), after: pick(after) };
}

/** A stored publication as settings, with the template's pages read defensively (it is JSON). */
export function settingsOf(publication: Omit<PublicationSettings, "pageTemplate"> & { pageTemplate: unknown }): PublicationSettings {
  const pages = Array.isArray(publication.pageTemplate) ? publication.pageTemplate : [];
  const pageTemplate = pages
    .filter((page): page is { number: number; name: string } => typeof page?.name === "string" && typeof page?.number === "number")
    .sort((a, b) => a.number - b.number)
    .map((page) => ({ number: page.number, name: page.name }));
  const settings = Object.fromEntries(SETTING_KEYS.map((key) => [key, publication[key as keyof typeof publication]])) as PublicationSettings;
  return { ...settings, pageTemplate };
}

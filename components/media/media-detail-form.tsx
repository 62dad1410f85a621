"use client";
// A photo's metadata: 图片说明, credit (a contributor, 摄影 or 供图), alt text,
// the focal point (click on the picture) and a crop preset cut around it.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { updateMediaAction } from "@/app/(desk)/desk/media/actions";
import { CROP_PRESETS, cropForAspect, presetOf, type Crop, type CropPreset } from "@/lib/domain/media";
import { format, messages } from "@/lib/i18n";
import type { LibraryItem } from "@/lib/server/media/library-item";
import { CreditPicker } from "./credit-picker";

const t = messages.media.detail;
const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

export function MediaDetailForm({ item, original }: { item: LibraryItem; original: { width: number; height: number } }) {
  const router = useRouter();
  const ids = { caption: useId(), credit: useId(), alt: useId(), altHint: useId(), captionHint: useId() };
  const [caption, setCaption] = useState(item.caption);
  const [altText, setAltText] = useState(item.altText);
  const [credit, setCredit] = useState(item.credit);
  const [creditRole, setCreditRole] = useState(item.creditRole);
  const [focal, setFocal] = useState({ x: item.focalX, y: item.focalY });
  const [preset, setPreset] = useState<CropPreset | "none" | null>(presetOf(item.crop, original.width, original.height));
  const [status, setStatus] = useState<{ kind: "saved" } | { kind: "error"; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const crop: Crop | null =
    preset === "none" ? null : preset ? cropForAspect(original.width, original.height, CROP_PRESETS[preset], focal.x, focal.y) : item.crop;

  function save() {
    setStatus(null);
    startTransition(async () => {
      const result = await updateMediaAction({
        id: item.id, caption, altText, creditContributorId: credit?.id ?? null, creditRole, focalX: focal.x, focalY: focal.y, crop,
      });
      if (result?.data?.ok) {
        setStatus({ kind: "saved" });
        router.refresh();
      } else {
        setStatus({ kind: "error", message: result?.serverError?.message ?? messages.errors.internal });
      }
    });
  }

  return (
    <div className="space-y-5">
      <figure className="rounded-lg border border-stone-200 bg-white p-3">
        <div
          className="relative mx-auto w-fit cursor-crosshair select-none"
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            setFocal({ x: round((event.clientX - box.left) / box.width), y: round((event.clientY - box.top) / box.height) });
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- the uncropped master, for staff */}
          <img src={`/media/${item.id}/original`} alt={item.altText || item.caption} className="block max-h-[60vh] w-auto max-w-full" draggable={false} />
          {crop && (
            <div
              aria-hidden
              className="pointer-events-none absolute border-2 border-white shadow-[0_0_0_9999px_rgba(0,0,0,0.45)]"
              style={{ left: `${crop.x * 100}%`, top: `${crop.y * 100}%`, width: `${crop.width * 100}%`, height: `${crop.height * 100}%` }}
            />
          )}
          <span
            aria-hidden
            data-testid="focal-point"
            className="pointer-events-none absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-brand-600/70 shadow"
            style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }}
          />
        </div>
        <figcaption className="mt-2 text-xs text-stone-500">
          <strong className="font-medium text-stone-700">{t.focal}：</strong>
          {t.focalHint}
        </figcaption>
      </figure>

      <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-stone-700">{t.crop}</legend>
        <div className="flex flex-wrap gap-2" role="radiogroup" aria-label={t.crop}>
          {(["none", ...Object.keys(CROP_PRESETS)] as (CropPreset | "none")[]).map((key) => (
            <button
              key={key}
              type="button"
              role="radio"
              aria-checked={preset === key}
              onClick={() => setPreset(key)}
              className="min-h-9 rounded-md border border-stone-300 bg-white px-3 text-sm text-stone-700 hover:border-brand-400 aria-checked:border-brand-600 aria-checked:bg-brand-50 aria-checked:font-semibold aria-checked:text-brand-800"
            >
              {t.crops[key]}
            </button>
          ))}
        </div>
        <p className="mt-2 text-xs text-stone-500">{t.cropHint}</p>
      </fieldset>

      <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <div>
          <label className="block text-sm font-medium text-stone-700" htmlFor={ids.caption}>{t.caption}</label>
          <textarea id={ids.caption} rows={3} value={caption} aria-describedby={ids.captionHint} onChange={(e) => setCaption(e.target.value)} className={`${field} font-serif leading-7`} />
          <p id={ids.captionHint} className="mt-1 text-xs text-stone-500">{t.captionHint}</p>
        </div>

        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <div>
            <label className="block text-sm font-medium text-stone-700" htmlFor={ids.credit}>
              {t.credit} <span className="text-xs font-normal text-brand-700">{messages.media.required}</span>
            </label>
            <CreditPicker value={credit} onChange={setCredit} inputId={ids.credit} />
          </div>
          <label className="block text-sm font-medium text-stone-700">
            {t.creditRole}
            <select value={creditRole} onChange={(e) => setCreditRole(e.target.value as "photo" | "courtesy")} className={field}>
              <option value="photo">{t.roles.photo}</option>
              <option value="courtesy">{t.roles.courtesy}</option>
            </select>
          </label>
        </div>
        <p className="-mt-2 text-xs text-stone-500">{t.creditHint}</p>

        <div>
          <label className="block text-sm font-medium text-stone-700" htmlFor={ids.alt}>
            {t.alt} <span className="text-xs font-normal text-brand-700">{messages.media.required}</span>
          </label>
          <input id={ids.alt} type="text" value={altText} aria-describedby={ids.altHint} onChange={(e) => setAltText(e.target.value)} className={field} />
          <p id={ids.altHint} className="mt-1 text-xs text-stone-500">{t.altHint}</p>
        </div>

        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={save} disabled={pending} className="min-h-10 rounded-md bg-brand-600 px-5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {pending ? t.saving : t.save}
          </button>
          <p role="status" className="text-sm">
            {status?.kind === "saved" && <span className="text-emerald-700">{t.saved}</span>}
            {status?.kind === "error" && <span className="text-brand-700">{format(t.saveFailed, { message: status.message })}</span>}
          </p>
        </div>
      </div>
    </div>
  );
}

function round(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
}

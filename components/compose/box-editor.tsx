"use client";
// 组版 of one placement: its box on the column grid, 转版, 撤下.
import { useState } from "react";
import { clampBox } from "@/lib/domain/composition-rules";
import { pageNumberLabel } from "@/lib/domain/dates";
import { format, messages } from "@/lib/i18n";
import { t } from "./messages";
import { Stepper } from "./stepper";
import type { BoxValues, PageTab, PlacementView } from "./types";

interface Props {
  placement: PlacementView;
  box: BoxValues;
  grid: { columns: number; rows: number };
  /** The other pages of the issue: where the article may continue. */
  otherPages: PageTab[];
  onBox(box: BoxValues): void;
  onJump(toPageId: string): Promise<unknown>;
  onRemove(): Promise<unknown>;
  onPhoto(mediaId: string | null): Promise<unknown>;
}

export function BoxEditor({ placement, box, grid, otherPages, onBox, onJump, onRemove, onPhoto }: Props) {
  const set = (patch: Partial<BoxValues>) => onBox(clampBox({ ...box, ...patch }, grid.columns, grid.rows));
  const field = (name: keyof BoxValues) => `${placement.id}-${name}`;

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="sr-only">{t.box.title}</legend>
        <div className="grid grid-cols-2 gap-x-3 gap-y-2.5">
          <Stepper id={field("columnStart")} label={t.box.columnStart} unit={t.box.unitColumn} value={box.columnStart} min={1} max={grid.columns - box.columnSpan + 1} onChange={(columnStart) => set({ columnStart })} />
          <Stepper id={field("columnSpan")} label={t.box.columnSpan} unit={t.box.unitColumn} value={box.columnSpan} min={1} max={grid.columns} onChange={(columnSpan) => set({ columnSpan })} />
          <Stepper id={field("height")} label={t.box.height} unit={t.box.unitLine} value={box.height} min={4} max={grid.rows} onChange={(height) => set({ height })} />
          <Stepper id={field("headlineSize")} label={t.box.headlineSize} unit={t.box.unitPoint} value={box.headlineSize} min={12} max={72} step={2} onChange={(headlineSize) => set({ headlineSize })} />
        </div>
      </fieldset>
      <PhotoControl placement={placement} onPhoto={onPhoto} />
      <JumpControl placement={placement} otherPages={otherPages} onJump={onJump} />
      <RemoveButton placement={placement} onRemove={onRemove} />
    </div>
  );
}

function PhotoControl({ placement, onPhoto }: Pick<Props, "placement" | "onPhoto">) {
  const [busy, setBusy] = useState(false);
  const selectId = `${placement.id}-photo`;
  const p = messages.media.placement;
  if (placement.continuesFromPage !== null) return null; // a continuation prints no photo
  return (
    <div>
      <label htmlFor={selectId} className="block text-xs font-medium text-stone-500">{p.label}</label>
      {placement.photo.options.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">{p.none}</p>
      ) : (
        <>
          <select
            id={selectId}
            value={placement.photo.mediaId ?? ""}
            disabled={busy}
            onChange={async (event) => {
              setBusy(true);
              await onPhoto(event.target.value || null);
              setBusy(false);
            }}
            className="mt-1 h-9 w-full rounded-md border border-stone-300 bg-white px-2 text-sm sm:h-8"
          >
            <option value="">{p.first}</option>
            {placement.photo.options.map((option, index) => (
              <option key={option.mediaId} value={option.mediaId}>
                {option.caption ? option.caption.slice(0, 24) : format(p.untitled, { n: index + 1 })}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs leading-5 text-stone-500">{p.hint}</p>
        </>
      )}
    </div>
  );
}

function JumpControl({ placement, otherPages, onJump }: Pick<Props, "placement" | "otherPages" | "onJump">) {
  const [target, setTarget] = useState("");
  const [busy, setBusy] = useState(false);
  const selectId = `${placement.id}-jump`;
  const jumped =
    placement.continuedOnPage !== null ? format(t.jump.alreadyFirst, { page: pageNumberLabel(placement.continuedOnPage) })
    : placement.continuesFromPage !== null ? format(t.jump.alreadyContinuation, { page: pageNumberLabel(placement.continuesFromPage) })
    : null;

  return (
    <div>
      <label htmlFor={selectId} className="block text-xs font-medium text-stone-500">
        {t.jump.title}
      </label>
      {jumped ? (
        <p className="mt-1 text-sm text-stone-600">{jumped}</p>
      ) : (
        <>
          <div className="mt-1 flex gap-2">
            <select
              id={selectId}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              className="h-9 min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 text-sm sm:h-8"
            >
              <option value="">{t.jump.choose}</option>
              {otherPages.map((page) => (
                <option key={page.id} value={page.id}>
                  {format(t.jump.option, { page: pageNumberLabel(page.number), name: page.name })}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!target || busy}
              onClick={async () => {
                setBusy(true);
                await onJump(target);
                setBusy(false);
                setTarget("");
              }}
              className="h-9 shrink-0 rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 hover:border-stone-400 hover:bg-stone-50 disabled:opacity-50 sm:h-8"
            >
              {busy ? t.jump.submitting : t.jump.submit}
            </button>
          </div>
          <p className="mt-1 text-xs leading-5 text-stone-500">{t.jump.hint}</p>
        </>
      )}
    </div>
  );
}

function RemoveButton({ placement, onRemove }: Pick<Props, "placement" | "onRemove">) {
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    const continuation = placement.continuedOnPage;
    if (continuation !== null && !window.confirm(format(t.remove.confirmWithContinuation, { page: pageNumberLabel(continuation), headline: placement.article.headline }))) return;
    setBusy(true);
    await onRemove();
    setBusy(false);
  };
  return (
    <div className="flex justify-end border-t border-stone-100 pt-3">
      <button
        type="button"
        disabled={busy}
        onClick={remove}
        className="h-9 rounded-md border border-red-200 bg-white px-3 text-sm font-medium text-red-700 hover:border-red-300 hover:bg-red-50 disabled:opacity-50 sm:h-8"
      >
        {busy ? t.remove.removing : t.remove.label}
      </button>
    </div>
  );
}

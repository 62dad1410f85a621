"use client";
// The proof column: the zoom and hint toggles above the page, the legend and
// what to do below it.
import { useState, type RefObject } from "react";
import type { ProofAnnotation } from "@/lib/domain/proof-annotations";
import type { PageProof as PageProofData } from "@/lib/domain/proof-model";
import { format } from "@/lib/i18n";
import { t } from "./messages";
import { ProofCanvas, type ProofZoom } from "./proof-canvas";
import type { MarkTarget } from "./use-proof-selection";

interface Props {
  proof: PageProofData;
  pageName: string;
  annotations: readonly ProofAnnotation[];
  selectedId: string | null;
  pageRef: RefObject<HTMLDivElement | null>;
  pending: MarkTarget | null;
  onPick(annotationId: string): void;
  zoom: ProofZoom;
  onZoom(zoom: ProofZoom): void;
  showSuggestions: boolean;
  onShowSuggestions(show: boolean): void;
  hasSuggestions: boolean;
  canMark: boolean;
  signed: boolean;
}

const LEGEND = [
  ["open", "bg-red-600/15 shadow-[inset_0_-2px_0_rgb(220_38_38)]"],
  ["accepted", "shadow-[inset_0_-2px_0_rgb(5_150_105/0.7)]"],
  ["rejected", "shadow-[inset_0_-2px_0_rgb(120_113_108/0.6)]"],
  ["suggestion", "underline decoration-amber-600 decoration-dotted decoration-2 underline-offset-2"],
] as const;

export function ProofPane(props: Props) {
  const { proof, pageName, zoom, onZoom, showSuggestions, onShowSuggestions, hasSuggestions, canMark, signed } = props;
  const [scale, setScale] = useState<number | null>(null);

  return (
    <section aria-labelledby="proof-title" className="min-w-0">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <h2 id="proof-title" className="text-sm font-semibold text-stone-900">
          {t.proof.title}
          <span className="ml-1.5 text-xs font-normal text-stone-500">
            {proof.pageLabel} {pageName}
            {scale !== null && <span className="ml-1.5 tabular-nums">· {format(t.proof.scale, { percent: Math.round(scale * 100) })}</span>}
          </span>
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          {hasSuggestions && (
            <label className="flex cursor-pointer items-center gap-1.5 text-xs text-stone-700">
              <input
                type="checkbox"
                checked={showSuggestions}
                onChange={(event) => onShowSuggestions(event.target.checked)}
                className="size-3.5 accent-amber-600"
              />
              {t.proof.showSuggestions}
            </label>
          )}
          <div role="group" aria-label={t.proof.zoomGroup} className="flex rounded-md border border-stone-300 bg-white p-0.5 text-xs">
            {(["fit", "zoom"] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={zoom === mode}
                onClick={() => onZoom(mode)}
                className={`rounded px-2.5 py-1 ${zoom === mode ? "bg-stone-900 text-white" : "text-stone-600 hover:bg-stone-100"}`}
              >
                {mode === "fit" ? t.proof.fit : t.proof.zoom}
              </button>
            ))}
          </div>
        </div>
      </div>

      <div className="rounded-lg bg-stone-200/80 p-2 ring-1 ring-stone-300/60 ring-inset sm:p-3">
        <ProofCanvas
          proof={proof}
          annotations={props.annotations}
          selectedId={props.selectedId}
          zoom={zoom}
          pageRef={props.pageRef}
          pending={props.pending}
          onPick={props.onPick}
          onScale={setScale}
        />
      </div>

      <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs text-stone-500">
        <p>{signed ? t.proof.signed : canMark ? t.proof.markHint : null}</p>
        <ul aria-label={t.proof.legendLabel} className="flex flex-wrap gap-x-3 gap-y-1">
          {LEGEND.map(([tone, sample]) => (
            <li key={tone} className="flex items-center gap-1">
              <span aria-hidden className={`inline-block px-0.5 font-serif text-stone-800 ${sample}`}>{t.proof.legendSample}</span>
              {t.proof.legend[tone]}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

"use client";
// The page proof for proofreading: drawn at true size (mm) and scaled with a
// CSS transform, as the composer does; 适合宽度 fits the column, 放大 shows it
// at a reading size in a scrolling frame, so 9 pt body type reads on a laptop.
// Marks and suggestions are drawn in place; clicking one selects it.
import { useLayoutEffect, useRef, useState, type CSSProperties, type MouseEvent, type RefObject } from "react";
import { PageProof } from "@/components/proof/page-proof";
import type { ProofAnnotation } from "@/lib/domain/proof-annotations";
import type { PageProof as PageProofData } from "@/lib/domain/proof-model";
import { format } from "@/lib/i18n";
import { t } from "./messages";
import type { MarkTarget } from "./use-proof-selection";
import "@/components/proof/page-proof.css";

const PX_PER_MM = 96 / 25.4;
/** 放大: 9 pt body type at about 15 px, or half again the fitted size on a very wide screen. */
const READING_SCALE = 1.25;

export type ProofZoom = "fit" | "zoom";

interface Props {
  proof: PageProofData;
  annotations: readonly ProofAnnotation[];
  selectedId: string | null;
  zoom: ProofZoom;
  /** The page element, for the selection hook. */
  pageRef: RefObject<HTMLDivElement | null>;
  /** The selection the mark form is open on, drawn while the form has the focus. */
  pending: MarkTarget | null;
  onPick(annotationId: string): void;
  onScale?(scale: number): void;
}

export function ProofCanvas({ proof, annotations, selectedId, zoom, pageRef, pending, onPick, onScale }: Props) {
  const outer = useRef<HTMLDivElement>(null);
  const [fitScale, setFitScale] = useState<number | null>(null);
  const widthPx = proof.format.widthMm * PX_PER_MM;
  const heightPx = proof.format.heightMm * PX_PER_MM;
  const scale = fitScale === null ? null : zoom === "zoom" ? Math.max(READING_SCALE, fitScale * 1.5) : fitScale;

  useLayoutEffect(() => {
    const element = outer.current;
    if (!element) return;
    const measure = () => setFitScale(element.clientWidth / widthPx);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [widthPx]);

  useLayoutEffect(() => {
    if (scale !== null) onScale?.(scale);
  }, [scale, onScale]);

  // The selected mark is outlined where it is printed (page-proof.css: [data-selected]).
  useLayoutEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    page.querySelectorAll("[data-selected]").forEach((el) => el.removeAttribute("data-selected"));
    if (selectedId) page.querySelectorAll(`[data-annotation-id="${CSS.escape(selectedId)}"]`).forEach((el) => el.setAttribute("data-selected", ""));
  }, [selectedId, annotations, proof, pageRef]);

  const click = (event: MouseEvent) => {
    // The end of a drag over a mark is a selection, not a pick.
    if (!document.getSelection()?.isCollapsed) return;
    const hit = (event.target as Element).closest<HTMLElement>("[data-annotation-id]");
    if (hit?.dataset.annotationId) onPick(hit.dataset.annotationId);
  };

  const frame: CSSProperties =
    zoom === "zoom" && scale !== null
      ? { width: Math.round(widthPx * scale), height: Math.round(heightPx * scale) }
      : { width: "100%", aspectRatio: `${proof.format.widthMm} / ${proof.format.heightMm}` };

  return (
    <div
      ref={outer}
      data-zoom={zoom}
      className={zoom === "zoom" ? "max-h-[calc(100dvh-8rem)] min-h-[24rem] overflow-auto overscroll-contain rounded-md" : ""}
    >
      <div className="relative bg-white shadow-[0_1px_3px_rgb(0_0_0/0.12),0_8px_24px_rgb(0_0_0/0.10)]" style={frame}>
        <div
          ref={pageRef}
          role="group"
          aria-label={format(t.proof.label, { page: proof.pageLabel })}
          data-testid="proof-page"
          onClick={click}
          className="absolute top-0 left-0 origin-top-left"
          style={{ transform: `scale(${scale ?? 0})`, visibility: scale ? "visible" : "hidden" }}
        >
          <PageProof proof={proof} annotations={annotations} />
          {pending && (
            <div aria-hidden className="pointer-events-none absolute inset-0">
              {pending.lines.map((line, index) => (
                <span
                  key={index}
                  className="absolute rounded-[1px] bg-sky-400/30 ring-1 ring-sky-500"
                  style={{ left: line.x, top: line.y, width: line.width, height: line.height }}
                />
              ))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

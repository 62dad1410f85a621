"use client";
// The live proof, scaled to its column: the page is drawn at true size (mm)
// and shrunk with a CSS transform; the wrapper keeps the page's aspect ratio,
// so the scaled height is reserved. "整版" fits the whole page in the window
// below the toolbar, "满宽" fills the column's width.
import { useLayoutEffect, useRef, useState, type CSSProperties } from "react";
import { PageProof } from "@/components/proof/page-proof";
import type { PageProof as PageProofData } from "@/lib/domain/proof-model";
import { format } from "@/lib/i18n";
import { t } from "./messages";
import "@/components/proof/page-proof.css";

const PX_PER_MM = 96 / 25.4;

export type ProofFit = "page" | "width";

interface Props {
  proof: PageProofData;
  fit: ProofFit;
  highlightId: string | null;
  onBoxClick?: (id: string) => void;
  /** The placements whose box runs past the foot of the page. */
  onOffPage(ids: string[]): void;
  onScale?(scale: number): void;
}

export function ProofViewport({ proof, fit, highlightId, onBoxClick, onOffPage, onScale }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const page = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<number | null>(null);
  const [roomPx, setRoomPx] = useState<number | null>(null);
  const widthPx = proof.format.widthMm * PX_PER_MM;
  const ratio = proof.format.widthMm / proof.format.heightMm;

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => {
      const next = element.clientWidth / widthPx;
      setScale(next);
      onScale?.(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [widthPx, onScale]);

  // 整版: the height from the page's top to the window's foot, as the composer opens.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (frame.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setRoomPx(Math.max(window.innerHeight - top - 24, window.innerHeight * 0.6));
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  // The grid grows past the page when the boxes need more lines than it has; the page clips it.
  useLayoutEffect(() => {
    const boxes = page.current?.querySelectorAll<HTMLElement>("[data-placement-id]") ?? [];
    const off: string[] = [];
    for (const box of boxes) {
      const grid = box.parentElement;
      if (grid && box.getBoundingClientRect().bottom > grid.getBoundingClientRect().bottom + 1) off.push(box.dataset.placementId!);
    }
    onOffPage(off);
  }, [proof, scale, onOffPage]);

  const frameStyle: CSSProperties = {
    aspectRatio: `${proof.format.widthMm} / ${proof.format.heightMm}`,
    width: fit === "page" ? `min(100%, ${roomPx === null ? `calc((100dvh - 7rem) * ${ratio.toFixed(4)})` : `${Math.round(roomPx * ratio)}px`})` : "100%",
  };

  return (
    <div ref={frame} className="relative mx-auto max-w-full bg-white shadow-[0_1px_3px_rgb(0_0_0/0.12),0_8px_24px_rgb(0_0_0/0.10)]" style={frameStyle}>
      <div
        ref={page}
        role="group"
        aria-label={format(t.proof.label, { page: proof.pageLabel })}
        className="absolute top-0 left-0 origin-top-left"
        style={{ transform: `scale(${scale ?? 0})`, visibility: scale ? "visible" : "hidden" }}
      >
        <PageProof proof={proof} highlightId={highlightId} onBoxClick={onBoxClick} />
      </div>
    </div>
  );
}

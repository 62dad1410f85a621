// One printed page (大样) drawn at true size in millimetres from a PageProof:
// the print view and the PDF render it as it is, the composer scales it down
// with a transform. No hooks and no "use client", so both can render it.
// Styles: components/proof/page-proof.css.
import type { CSSProperties, KeyboardEvent } from "react";
import { headingLines } from "@/lib/domain/copy-fit";
import { MM_PER_PT, TYPE, type PageGrid } from "@/lib/domain/page-grid";
import type { ProofAnnotation } from "@/lib/domain/proof-annotations";
import type { PageProof as PageProofData, ProofBox, ProofHeader } from "@/lib/domain/proof-model";
import { messages } from "@/lib/i18n";
import { ProofText } from "./proof-text";
import "./page-proof.css";

type Props = {
  proof: PageProofData;
  highlightId?: string | null;
  onBoxClick?: (id: string) => void;
  /** Proof marks and check suggestions drawn in place (the proofreading desk). */
  annotations?: readonly ProofAnnotation[];
  /** Appended to photo addresses: the print token that lets the server's own Chromium fetch them. */
  photoQuery?: string;
};

const NONE: readonly ProofAnnotation[] = [];

// What the printed page says about itself: always Chinese, whatever the UI locale.
// What the page itself prints around the articles.
const PRINTED = messages.proof;

/** Rows a box's headings take: the same count copy-fit uses, so the text starts where the capacity says. */
const CONTINUATION_HEADING_ROWS = 2;

export function PageProof({ proof, highlightId, onBoxClick, annotations = NONE, photoQuery = "" }: Props) {
  const { grid, format } = proof;
  const line = grid.lineHeightMm;
  const style = {
    width: mm(format.widthMm),
    height: mm(format.heightMm),
    padding: `${mm(TYPE.marginTopMm)} ${mm(TYPE.marginSideMm)} ${mm(TYPE.marginBottomMm)}`,
    "--proof-line": lines(grid, 1),
    "--proof-gutter": mm(grid.gutterMm),
    "--proof-column": mm(grid.columnWidthMm),
  } as CSSProperties;

  return (
    <section className="page-proof" style={style} data-page-label={proof.pageLabel}>
      {proof.header.kind === "masthead" ? (
        <Masthead header={proof.header} annotations={annotations} height={lines(grid, grid.headerRows)} headerMm={grid.headerRows * line} widthMm={grid.contentWidthMm} />
      ) : (
        <RunningHead header={proof.header} height={lines(grid, grid.headerRows)} />
      )}
      <div
        className="page-proof__grid"
        style={{
          height: lines(grid, grid.rows),
          gridTemplateColumns: `repeat(${grid.columns}, ${mm(grid.columnWidthMm)})`,
          columnGap: mm(grid.gutterMm),
          gridAutoRows: lines(grid, 1),
        }}
      >
        {proof.boxes.map((box) => (
          <Box
            key={box.id}
            box={box}
            proof={proof}
            highlighted={box.id === highlightId}
            onBoxClick={onBoxClick}
            photoQuery={photoQuery}
            annotations={annotations === NONE ? NONE : annotations.filter((a) => a.articleId === box.articleId)}
          />
        ))}
      </div>
      <footer className="page-proof__footer" style={{ height: lines(grid, grid.footerRows) }}>
        <p className="page-proof__credits">
          {[
            PRINTED.pageEditor + (proof.credits.pageEditor ?? PRINTED.missing),
            PRINTED.layout + (proof.credits.layout ?? PRINTED.missing),
            PRINTED.proofreader + (proof.credits.proofreader ?? PRINTED.missing),
          ].join(PRINTED.separator)}
        </p>
        <p className="page-proof__footer-label">{proof.pageLabel}</p>
      </footer>
    </section>
  );
}

type MastheadProps = {
  header: Extract<ProofHeader, { kind: "masthead" }>;
  height: string;
  headerMm: number;
  widthMm: number;
  annotations: readonly ProofAnnotation[];
};

function Masthead({ header, height, headerMm, widthMm, annotations }: MastheadProps) {
  // The nameplate takes what the ear leaves, as large as the band allows.
  const earMm = Math.min(100, widthMm * 0.3);
  const chars = Math.max(2, [...header.paper].length);
  const nameMm = Math.min(headerMm * 0.62, (widthMm - earMm - 12) / (chars * 1.12));
  return (
    <header className="page-proof__masthead" style={{ height, gridTemplateColumns: `1fr ${mm(earMm)}` }}>
      {/* Not an <h1>: the proof sits inside desk pages that have their own. */}
      <p className="page-proof__nameplate" style={{ fontSize: mm(nameMm) }}>
        {header.paper}
      </p>
      <div className="page-proof__ear">
        <p className="page-proof__ear-date">
          {header.date}
          {PRINTED.separator}
          {header.weekday}
        </p>
        <p className="page-proof__ear-lunar">
          {PRINTED.lunarPrefix}
          <ProofText articleId={null} field="masthead" offset={0} text={header.lunar} annotations={annotations.filter((a) => a.articleId === null)} />
        </p>
        <p className="page-proof__ear-number">
          <span>{header.number}</span>
          <span>{header.totalNumber}</span>
        </p>
        {header.furniture.length > 0 && (
          <ul className="page-proof__furniture">
            {header.furniture.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </div>
    </header>
  );
}

function RunningHead({ header, height }: { header: Extract<ProofHeader, { kind: "runningHead" }>; height: string }) {
  // The page number sits on the outer edge: left on even pages, right on odd ones.
  const odd = Number.parseInt(header.pageLabel, 10) % 2 === 1;
  return (
    <header className={`page-proof__running-head${odd ? " page-proof__running-head--odd" : ""}`} style={{ height }}>
      <p className="page-proof__running-page">
        <span className="page-proof__running-label">{header.pageLabel}</span>
        <span className="page-proof__running-dot"> · </span>
        <span className="page-proof__running-name">{header.pageName}</span>
      </p>
      <p className="page-proof__running-meta">
        <span>{header.date}</span>
        <span className="page-proof__running-paper">{header.paper}</span>
      </p>
    </header>
  );
}

type BoxProps = {
  box: ProofBox;
  proof: PageProofData;
  highlighted: boolean;
  onBoxClick?: (id: string) => void;
  annotations: readonly ProofAnnotation[];
  photoQuery: string;
};

function Box({ box, proof, highlighted, onBoxClick, annotations, photoQuery }: BoxProps) {
  const { grid } = proof;
  const headingRows = box.continuation ? CONTINUATION_HEADING_ROWS : headingLines(grid, box, box);
  const photoRows = box.photoRows.image + box.photoRows.caption;
  const bodyRows = Math.max(0, box.height - headingRows - photoRows);
  const lastColumn = box.columnStart + box.columnSpan - 1 >= grid.columns;
  const className = [
    "page-proof__box",
    box.columnStart > 1 && "page-proof__box--rule-left",
    !lastColumn && "page-proof__box--rule-right",
    highlighted && "page-proof__box--highlight",
    onBoxClick && "page-proof__box--clickable",
  ]
    .filter(Boolean)
    .join(" ");
  const click = onBoxClick ? () => onBoxClick(box.id) : undefined;
  const keyDown = onBoxClick
    ? (event: KeyboardEvent) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        onBoxClick(box.id);
      }
    : undefined;

  return (
    <article
      className={className}
      data-placement-id={box.id}
      style={{ gridColumn: `${box.columnStart} / span ${box.columnSpan}`, gridRow: `span ${box.height}` }}
      onClick={click}
      onKeyDown={keyDown}
      role={onBoxClick ? "button" : undefined}
      tabIndex={onBoxClick ? 0 : undefined}
      aria-pressed={onBoxClick ? highlighted : undefined}
    >
      <div className="page-proof__box-inner">
        {box.continuation ? (
          <div className="page-proof__heads page-proof__heads--continued" style={{ height: lines(grid, headingRows) }}>
            <h2 className="page-proof__headline page-proof__headline--continued">
              <ProofText articleId={box.articleId} field="headline" offset={0} text={box.headline} annotations={annotations} />
            </h2>
          </div>
        ) : (
          <Headings
            box={box}
            height={lines(grid, headingRows)}
            verticalLabel={fitsVertically(box.column, headingRows * grid.lineHeightMm)}
            annotations={annotations}
          />
        )}
        {box.photo && (
          <figure className="page-proof__photo" data-media-id={box.photo.mediaId} style={{ height: lines(grid, photoRows) }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- the print rendition, set at the box's size in mm */}
            <img
              src={`/media/${box.photo.mediaId}/print${photoQuery}`}
              alt={box.photo.alt}
              style={{ height: lines(grid, box.photoRows.image), objectPosition: box.photo.objectPosition }}
            />
            {(box.photo.caption || box.photo.credit) && (
              <figcaption>
                {box.photo.caption}
                {box.photo.caption && box.photo.credit && "\u3000"}
                {box.photo.credit && <span className="page-proof__photo-credit">{box.photo.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <div
          className="page-proof__text"
          style={{ height: lines(grid, bodyRows), columnCount: box.columnSpan, columnGap: mm(grid.gutterMm) }}
        >
          {box.continuedFrom && <p className="page-proof__jump-from">{box.continuedFrom}</p>}
          <Paragraphs box={box} annotations={annotations} />
        </div>
        {box.continuedOn && (
          <p className="page-proof__jump-on" style={{ width: mm(grid.columnWidthMm) }}>
            {box.continuedOn}
          </p>
        )}
      </div>
    </article>
  );
}

type HeadingsProps = { box: ProofBox; height: string; verticalLabel: boolean; annotations: readonly ProofAnnotation[] };

function Headings({ box, height, verticalLabel, annotations }: HeadingsProps) {
  const text = (field: "kicker" | "subheadline", value: string) => (
    <ProofText articleId={box.articleId} field={field} offset={0} text={value} annotations={annotations} />
  );
  return (
    <div className="page-proof__heads" style={{ height }}>
      {box.column && (
        <p className={`page-proof__column-label${verticalLabel ? " page-proof__column-label--vertical" : ""}`}>{box.column}</p>
      )}
      <div className="page-proof__heads-stack">
        {box.kicker && <p className="page-proof__kicker">{text("kicker", box.kicker)}</p>}
        <h2 className="page-proof__headline" style={{ fontSize: `${box.headlineSize}pt` }}>
          <HeadlineParts box={box} annotations={annotations} />
        </h2>
        {box.subheadline && <p className="page-proof__subheadline">{text("subheadline", box.subheadline)}</p>}
      </div>
    </div>
  );
}

/** A headline printed in halves (`助力招商引资项目 加速落地投产`) breaks between them, not inside one. */
function HeadlineParts({ box, annotations }: { box: ProofBox; annotations: readonly ProofAnnotation[] }) {
  const parts = [...box.headline.matchAll(/\S+/gu)].map((match) => ({ text: match[0], offset: [...box.headline.slice(0, match.index)].length }));
  return parts.map((part, index) => (
    <span key={index}>
      {index > 0 && " "}
      <span className="page-proof__headline-part">
        <ProofText articleId={box.articleId} field="headline" offset={part.offset} text={part.text} annotations={annotations} />
      </span>
    </span>
  ));
}

function Paragraphs({ box, annotations }: { box: ProofBox; annotations: readonly ProofAnnotation[] }) {
  // A continuation that resumes mid-paragraph (no leading newline) is not indented.
  const resumesMidParagraph = box.continuation && !/^\s*\n/.test(box.text);
  const { paragraphs } = box;
  if (paragraphs.length === 0) {
    return box.bylineLine ? <p className="page-proof__paragraph page-proof__paragraph--flush">{byline(box)}</p> : null;
  }
  const last = paragraphs.length - 1;
  return paragraphs.map((paragraph, index) => (
    <p
      key={paragraph.offset}
      className={`page-proof__paragraph${index === 0 && resumesMidParagraph ? " page-proof__paragraph--flush" : ""}`}
    >
      {index === 0 && box.dateline && (
        <>
          <strong className="page-proof__dateline">
            <ProofText articleId={box.articleId} field="dateline" offset={0} text={box.dateline} annotations={annotations} />
          </strong>
          {PRINTED.separator}
        </>
      )}
      <ProofText articleId={box.articleId} field="body" offset={paragraph.offset} text={paragraph.text} annotations={annotations} />
      {index === last && byline(box)}
    </p>
  ));
}

/** The byline breaks only between its names, never inside one. */
function byline(box: ProofBox) {
  if (!box.bylineLine) return null;
  return (
    <span className="page-proof__byline" data-proof-field="byline" data-proof-article={box.articleId} data-proof-offset={0}>
      {box.bylineLine.split(" ").map((word, index) => (
        <span key={index}>
          {index > 0 && " "}
          <span className="page-proof__byline-word">{word}</span>
        </span>
      ))}
    </span>
  );
}

/** The 栏目 label stands upright beside the headline when the headings are tall enough for it. */
const LABEL_PT = 8;
function fitsVertically(label: string | null, headingsMm: number): boolean {
  if (!label) return false;
  return [...label].length * LABEL_PT * MM_PER_PT + 4 <= headingsMm;
}

function mm(value: number): string {
  return `${Math.round(value * 1000) / 1000}mm`;
}

/**
 * A height of `count` body lines, in points: 13.5 pt is exactly 18 CSS px,
 * where the same length in mm rounds a hair short and a column would then
 * hold one line less than copy-fit counts.
 */
function lines(grid: PageGrid, count: number): string {
  return `${Math.round((count * grid.lineHeightMm * 1000) / MM_PER_PT) / 1000}pt`;
}

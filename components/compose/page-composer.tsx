"use client";
// 组版: one page of an issue. The pool of released articles on the left, the
// live proof in the middle, the page's articles in order on the right with
// the selected one's box editor. Changes show at once (the proof moves the
// box) and are saved against the page version; the server then recomputes
// the proof and the copy-fit, and the page reloads its data.
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import {
  acknowledgeChangeAction,
  jumpPlacementAction,
  setPlacementPhotoAction,
  placeArticleAction,
  removePlacementAction,
  reorderPlacementsAction,
} from "@/app/(desk)/desk/issues/actions";
import { format } from "@/lib/i18n";
import { ArticlePool } from "./article-pool";
import { BoxEditor } from "./box-editor";
import { ChangeDialog } from "./change-dialog";
import { ComposerHeader } from "./composer-header";
import { t } from "./messages";
import { Notices } from "./notices";
import { PlacementList } from "./placement-list";
import { ProofViewport, type ProofFit } from "./proof-viewport";
import type { BoxValues, ComposeData, PlacementView } from "./types";
import { useBoxDrafts } from "./use-box-drafts";
import { usePageLayout } from "./use-page-layout";
import { usePresence } from "./use-presence";

/** The composer needs the screen: it spans the window, not the desk's reading column. */
const fullWidth: CSSProperties = { width: "min(100vw - 2rem, 110rem)", marginLeft: "calc(50% - min(50vw - 1rem, 55rem))" };

const boxOf = (placement: PlacementView): BoxValues => ({
  columnStart: placement.columnStart,
  columnSpan: placement.columnSpan,
  height: placement.height,
  headlineSize: placement.headlineSize,
});

export function PageComposer({ data }: { data: ComposeData }) {
  const pageId = data.page.id;
  const layout = usePageLayout(data.page.version);
  const presence = usePresence(pageId);
  const boxes = useBoxDrafts(data, layout.run);
  const [orderDraft, setOrderDraft] = useState<string[] | null>(null);
  const reordering = useRef(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [placingId, setPlacingId] = useState<string | null>(null);
  const [selectOnArrival, setSelectOnArrival] = useState<string | null>(null);
  const [changeOpenId, setChangeOpenId] = useState<string | null>(null);
  const [acknowledgingId, setAcknowledgingId] = useState<string | null>(null);
  const [offPage, setOffPage] = useState<ReadonlySet<string>>(new Set());
  const [fit, setFit] = useState<ProofFit>("page");
  const [scale, setScale] = useState<number | null>(null);

  // Fresh data from the server: what was waiting for it is settled.
  useEffect(() => {
    if (reordering.current === 0) setOrderDraft(null);
    setPlacingId((id) => (id && data.pool.some((a) => a.id === id) ? id : null));
    setSelectedId((id) => (id && data.placements.some((p) => p.id === id) ? id : null));
    if (selectOnArrival) {
      const placed = data.placements.find((p) => p.article.id === selectOnArrival && p.continuesFromPage === null);
      if (placed) {
        setSelectedId(placed.id);
        setSelectOnArrival(null);
        scrollRowIntoView(placed.id);
      }
    }
  }, [data, selectOnArrival]);

  const placements = useMemo(() => {
    const byId = new Map(data.placements.map((p) => [p.id, p]));
    const usable = orderDraft && orderDraft.length === byId.size && orderDraft.every((id) => byId.has(id));
    return usable ? orderDraft.map((id) => byId.get(id)!) : data.placements;
  }, [data.placements, orderDraft]);

  // The proof shows the boxes as they are being edited, in the order being arranged.
  const proof = useMemo(() => {
    const byId = new Map(data.proof.boxes.map((b) => [b.id, b]));
    const ordered = placements.map((p) => byId.get(p.id)).filter((b) => b !== undefined);
    return { ...data.proof, boxes: ordered.map((b) => ({ ...b, ...boxes.drafts[b.id] })) };
  }, [data.proof, placements, boxes.drafts]);

  const onOffPage = useCallback((ids: string[]) => {
    setOffPage((prev) => (ids.length === prev.size && ids.every((id) => prev.has(id)) ? prev : new Set(ids)));
  }, []);

  const { canCompose } = data;
  const base = { pageId };
  const reorder = async (order: string[]) => {
    setOrderDraft(order);
    reordering.current += 1;
    const ok = await layout.run((baseVersion) => reorderPlacementsAction({ ...base, baseVersion, order }));
    reordering.current -= 1;
    if (!ok) setOrderDraft(null);
  };
  const place = async (articleId: string) => {
    setPlacingId(articleId);
    const ok = await layout.run((baseVersion) => placeArticleAction({ ...base, baseVersion, articleId }));
    if (ok) setSelectOnArrival(articleId);
    else setPlacingId(null);
  };
  const acknowledge = async (placementId: string) => {
    setAcknowledgingId(placementId);
    await layout.run((baseVersion) => acknowledgeChangeAction({ ...base, baseVersion, placementId }));
    setAcknowledgingId(null);
  };
  const selectFromProof = (id: string) => {
    setSelectedId(id);
    scrollRowIntoView(id);
  };

  const selected = placements.find((p) => p.id === selectedId) ?? null;
  const changeOpen = placements.find((p) => p.id === changeOpenId && p.changed !== null) ?? null;
  const stale = presence.serverVersion !== null && presence.serverVersion > layout.version && !layout.saving;

  return (
    <div style={fullWidth} className="space-y-4" data-testid="page-composer">
      <ComposerHeader data={data} version={layout.version} saving={layout.saving || boxes.waiting} others={presence.others} />
      <Notices
        stale={stale}
        onRefresh={layout.refresh}
        error={layout.error}
        onDismissError={layout.dismissError}
        readOnly={canCompose ? null : data.page.signed ? t.readOnly.signed : t.readOnly.notStaff}
      />

      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[18rem_minmax(0,1fr)_23rem]">
        <div className="lg:sticky lg:top-4">
          <ArticlePool pool={data.pool} canCompose={canCompose} placingId={placingId} onPlace={place} />
        </div>

        <section aria-labelledby="proof-title" className="min-w-0 lg:sticky lg:top-4">
          <div className="mb-2 flex items-center justify-between gap-3">
            <h2 id="proof-title" className="text-sm font-semibold text-stone-900">
              {t.proof.title}
              <span className="ml-1.5 text-xs font-normal text-stone-500">
                {data.proof.pageLabel} {data.page.name}
                {scale !== null && <span className="ml-1.5 tabular-nums">· {format(t.proof.zoom, { percent: Math.round(scale * 100) })}</span>}
              </span>
            </h2>
            <div role="group" aria-label={t.proof.title} className="flex rounded-md border border-stone-300 bg-white p-0.5 text-xs">
              {(["page", "width"] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  aria-pressed={fit === mode}
                  onClick={() => setFit(mode)}
                  className={`rounded px-2.5 py-1 ${fit === mode ? "bg-stone-900 text-white" : "text-stone-600 hover:bg-stone-100"}`}
                >
                  {mode === "page" ? t.proof.fitPage : t.proof.fitWidth}
                </button>
              ))}
            </div>
          </div>
          <div className="rounded-lg bg-stone-200/80 p-3 ring-1 ring-stone-300/60 ring-inset sm:p-4">
            <ProofViewport
              proof={proof}
              fit={fit}
              highlightId={selectedId}
              onBoxClick={selectFromProof}
              onOffPage={onOffPage}
              onScale={setScale}
            />
          </div>
          {placements.length > 0 && <p className="mt-2 text-xs text-stone-500">{t.proof.clickHint}</p>}
        </section>

        <section aria-labelledby="placements-title" className="min-w-0">
          <div className="mb-2 flex items-baseline justify-between">
            <h2 id="placements-title" className="text-sm font-semibold text-stone-900">{t.placements.title}</h2>
            <span className="text-xs tabular-nums text-stone-500">{format(t.placements.count, { count: placements.length })}</span>
          </div>
          {placements.length === 0 ? (
            <div className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-8 text-center">
              <p className="text-sm font-medium text-stone-700">{t.placements.empty}</p>
              {canCompose && <p className="mt-1 text-xs text-stone-500">{t.placements.emptyHint}</p>}
            </div>
          ) : (
            <PlacementList
              placements={placements}
              boxOf={(p) => boxes.drafts[p.id] ?? boxOf(p)}
              selectedId={selectedId}
              offPage={offPage}
              canCompose={canCompose}
              onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
              onReorder={reorder}
              onShowChange={setChangeOpenId}
              editor={
                selected && canCompose ? (
                  <BoxEditor
                    key={selected.id}
                    placement={selected}
                    box={boxes.drafts[selected.id] ?? boxOf(selected)}
                    grid={{ columns: data.proof.grid.columns, rows: data.proof.grid.rows }}
                    otherPages={data.pages.filter((p) => p.id !== pageId)}
                    onBox={(box) => boxes.change(selected.id, box)}
                    onJump={(toPageId) => layout.run((baseVersion) => jumpPlacementAction({ ...base, baseVersion, placementId: selected.id, toPageId }))}
                    onRemove={() => layout.run((baseVersion) => removePlacementAction({ ...base, baseVersion, placementId: selected.id }))}
                    onPhoto={(mediaId) => layout.run((baseVersion) => setPlacementPhotoAction({ ...base, baseVersion, placementId: selected.id, mediaId }))}
                  />
                ) : null
              }
            />
          )}
        </section>
      </div>

      {changeOpen?.changed && (
        <ChangeDialog
          headline={changeOpen.article.headline}
          parts={changeOpen.changed.parts}
          stats={changeOpen.changed.stats}
          onAcknowledge={canCompose ? () => acknowledge(changeOpen.id) : null}
          acknowledging={acknowledgingId === changeOpen.id}
          onClose={() => setChangeOpenId(null)}
        />
      )}
    </div>
  );
}

function scrollRowIntoView(id: string) {
  requestAnimationFrame(() => document.querySelector(`[data-placement-row="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
}

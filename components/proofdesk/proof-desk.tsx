"use client";
// 校样台: one page's proof with its marks drawn in place, and beside it the
// rounds, 签付印, 差错率, the marks and the checks' suggestions. Selecting
// text on the proof opens the mark form; a mark picked on the proof is picked
// in the list, and the other way round. On a phone the side panel is tabs.
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { proofAnnotations } from "@/lib/domain/proof-desk-view";
import { ErrorRateCard } from "./error-rate-card";
import { MarkForm } from "./mark-form";
import { MarkList } from "./mark-list";
import { t } from "./messages";
import { ProofDeskHeader } from "./proof-desk-header";
import type { ProofZoom } from "./proof-canvas";
import { ProofPane } from "./proof-pane";
import { RoundStepper } from "./round-stepper";
import { SignCard } from "./sign-card";
import { SuggestionList } from "./suggestion-list";
import type { ProofDeskData, Selection } from "./types";
import { useProofSelection, type MarkTarget } from "./use-proof-selection";

/** The desk needs the screen: it spans the window, not the desk's reading column. */
const fullWidth: CSSProperties = { width: "min(100vw - 2rem, 110rem)", marginLeft: "calc(50% - min(50vw - 1rem, 55rem))" };

type Tab = "marks" | "suggestions" | "rounds";
const TABS: readonly Tab[] = ["marks", "suggestions", "rounds"];

export function ProofDesk({ data, signer }: { data: ProofDeskData; signer: boolean }) {
  const pageRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [showSuggestions, setShowSuggestions] = useState(true);
  const [zoom, setZoom] = useState<ProofZoom>("fit");
  const [tab, setTab] = useState<Tab>("marks");
  const [target, setTarget] = useState<MarkTarget | null>(null);
  const [spans, setSpans] = useState(false);

  const latestRound = data.rounds.at(-1)?.round ?? null;
  const annotations = useMemo(
    () => proofAnnotations(data.marks, data.suggestions, { latestRound, showSuggestions }),
    [data.marks, data.suggestions, latestRound, showSuggestions],
  );
  const headlineOf = useCallback(
    (articleId: string | null) => (articleId ? (data.proof.boxes.find((b) => b.articleId === articleId)?.headline ?? null) : null),
    [data.proof.boxes],
  );

  const { reset: resetSelection } = useProofSelection({
    enabled: data.can.mark,
    page: pageRef,
    onTarget: (next) => {
      setSpans(false);
      setTarget(next);
    },
    onSpans: () => setSpans(true),
  });

  // The notice about a selection over two texts goes by itself.
  useEffect(() => {
    if (!spans) return;
    const timer = setTimeout(() => setSpans(false), 4000);
    return () => clearTimeout(timer);
  }, [spans]);

  const closeForm = useCallback(() => {
    setTarget(null);
    resetSelection();
    document.getSelection()?.removeAllRanges();
  }, [resetSelection]);

  /** From a list: outline the mark on the proof and bring it into view. */
  const selectInList = (kind: "mark" | "suggestion", id: string) => {
    setSelection({ kind, id });
    requestAnimationFrame(() =>
      pageRef.current?.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center", inline: "center", behavior: "smooth" }),
    );
  };

  /** From the proof: pick the item in its list, and show it beside the proof on a desktop. */
  const pickOnProof = (id: string) => {
    const kind = data.marks.some((m) => m.id === id) ? "mark" : "suggestion";
    setSelection({ kind, id });
    setTab(kind === "mark" ? "marks" : "suggestions");
    const attribute = kind === "mark" ? "data-mark-id" : "data-suggestion-id";
    if (window.matchMedia("(min-width: 768px)").matches) {
      requestAnimationFrame(() => document.querySelector(`[${attribute}="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
    }
  };

  const marked = (markId: string) => {
    closeForm();
    setSelection({ kind: "mark", id: markId });
    setTab("marks");
  };

  const selectedId = selection?.id ?? null;
  const panel = (which: Tab) => `${tab === which ? "block" : "hidden"} space-y-4 md:block`;

  return (
    <div style={fullWidth} className="space-y-4" data-testid="proof-desk">
      <ProofDeskHeader data={data} />

      <div className="grid gap-5 md:grid-cols-[minmax(0,3fr)_minmax(20rem,2fr)] md:items-start">
        <ProofPane
          proof={data.proof}
          pageName={data.page.name}
          annotations={annotations}
          selectedId={selectedId}
          pageRef={pageRef}
          pending={target}
          onPick={pickOnProof}
          zoom={zoom}
          onZoom={setZoom}
          showSuggestions={showSuggestions}
          onShowSuggestions={setShowSuggestions}
          hasSuggestions={data.suggestions.length > 0}
          canMark={data.can.mark}
          signed={data.page.signedAt !== null}
        />

        <aside aria-label={t.tabs.label} className="min-w-0 md:sticky md:top-4 md:max-h-[calc(100dvh-2rem)] md:overflow-y-auto md:pr-1 md:pb-4">
          <div role="tablist" aria-label={t.tabs.label} className="mb-3 grid grid-cols-3 rounded-lg border border-stone-300 bg-white p-1 md:hidden">
            {TABS.map((which) => (
              <button
                key={which}
                type="button"
                role="tab"
                aria-selected={tab === which}
                onClick={() => setTab(which)}
                className={`rounded-md py-2 text-sm ${tab === which ? "bg-stone-900 font-medium text-white" : "text-stone-600"}`}
              >
                {t.tabs[which]}
                {which === "marks" && openCount(data) > 0 && <span className="ml-1 text-xs tabular-nums opacity-80">{openCount(data)}</span>}
                {which === "suggestions" && data.suggestions.length > 0 && <span className="ml-1 text-xs tabular-nums opacity-80">{data.suggestions.length}</span>}
              </button>
            ))}
          </div>

          <div className="space-y-4">
            <div className={panel("rounds")}>
              <RoundStepper data={data} />
              <SignCard data={data} signer={signer} />
              <ErrorRateCard page={data.errorRate.page} issue={data.errorRate.issue} />
            </div>
            <div className={panel("marks")}>
              <MarkList data={data} selectedId={selection?.kind === "mark" ? selectedId : null} onSelect={(id) => selectInList("mark", id)} />
            </div>
            <div className={panel("suggestions")}>
              <SuggestionList
                pageId={data.page.id}
                suggestions={data.suggestions}
                headlineOf={headlineOf}
                canMark={data.can.mark}
                shown={showSuggestions}
                selectedId={selection?.kind === "suggestion" ? selectedId : null}
                onSelect={(id) => selectInList("suggestion", id)}
                onMarked={marked}
              />
            </div>
          </div>
        </aside>
      </div>

      {target && data.can.mark && (
        <MarkForm pageId={data.page.id} target={target} headline={headlineOf(target.articleId)} onAdded={marked} onClose={closeForm} />
      )}
      {spans && (
        <p role="alert" data-testid="selection-notice" className="fixed bottom-6 left-1/2 z-50 -translate-x-1/2 rounded-md bg-stone-900 px-4 py-2.5 text-sm text-white shadow-lg">
          {t.proof.spansFields}
        </p>
      )}
    </div>
  );
}

const openCount = (data: ProofDeskData) => data.marks.filter((m) => m.status === "open").length;

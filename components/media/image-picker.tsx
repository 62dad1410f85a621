"use client";
// The editor's 插入图片 dialog: pick a photo from the 图片库 (searched by
// caption or credit) or upload a new one; either way the editor then asks for
// its caption, credit and alt text.
import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { PickedImage } from "@/components/editor/rich-text-editor";
import { messages } from "@/lib/i18n";
import type { LibraryItem } from "@/lib/server/media/library-item";
import { UploadDropzone } from "./upload-dropzone";

const t = messages.media.picker;

export function ImagePickerDialog({ onPick, onCancel }: { onPick(image: PickedImage): void; onCancel(): void }) {
  const [tab, setTab] = useState<"library" | "upload">("library");
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => previous?.focus();
  }, []);

  // In a portal: the editor's sticky toolbar (backdrop-blur) would otherwise be the fixed overlay's frame.
  return createPortal(
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-stone-900/50 sm:items-center sm:p-6" onClick={onCancel}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onCancel();
          }
        }}
        className="flex max-h-[92dvh] w-full max-w-4xl flex-col overflow-hidden rounded-t-xl bg-white shadow-2xl sm:rounded-xl"
      >
        <header className="flex items-center justify-between gap-3 border-b border-stone-200 px-4 py-3 sm:px-5">
          <h2 id={titleId} className="text-lg font-semibold text-stone-900">{t.title}</h2>
          <button type="button" onClick={onCancel} aria-label={t.close} className="rounded-md px-2 py-1 text-2xl leading-none text-stone-500 hover:bg-stone-100 hover:text-stone-800">
            ×
          </button>
        </header>
        <div role="tablist" aria-label={t.title} className="flex gap-1 border-b border-stone-200 px-3 sm:px-4">
          {(["library", "upload"] as const).map((key) => (
            <button
              key={key}
              role="tab"
              type="button"
              aria-selected={tab === key}
              data-autofocus={key === "library" ? "" : undefined}
              onClick={() => setTab(key)}
              className="-mb-px border-b-2 border-transparent px-3 py-2.5 text-sm font-medium text-stone-600 hover:text-stone-900 aria-selected:border-brand-600 aria-selected:text-brand-700"
            >
              {key === "library" ? t.library : t.upload}
            </button>
          ))}
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto p-4 sm:p-5">
          {tab === "library" ? (
            <LibraryTab onPick={onPick} />
          ) : (
            <UploadDropzone
              multiple={false}
              onUploaded={(image) =>
                onPick({ src: image.src, mediaId: image.mediaId, width: image.width, height: image.height, caption: "", credit: "", alt: "", fromLibrary: false })
              }
            />
          )}
        </div>
      </div>
    </div>,
    document.body,
  );
}

function LibraryTab({ onPick }: { onPick(image: PickedImage): void }) {
  const [query, setQuery] = useState("");
  const [submitted, setSubmitted] = useState("");
  const [state, setState] = useState<{ kind: "loading" } | { kind: "error" } | { kind: "ready"; items: LibraryItem[] }>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    fetch(`/api/media?${new URLSearchParams({ q: submitted })}`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { items: LibraryItem[] }) => live && setState({ kind: "ready", items: body.items }))
      .catch(() => live && setState({ kind: "error" }));
    return () => {
      live = false;
    };
  }, [submitted]);

  return (
    <div className="space-y-4">
      <div role="search" className="flex gap-2">
        <input
          type="search"
          value={query}
          aria-label={t.search}
          placeholder={t.search}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.nativeEvent.isComposing) {
              event.preventDefault();
              setSubmitted(query.trim());
            }
          }}
          className="min-w-0 flex-1 rounded-md border border-stone-300 px-3 py-2 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200"
        />
        <button type="button" onClick={() => setSubmitted(query.trim())} className="min-h-10 rounded-md border border-stone-300 bg-white px-4 text-sm text-stone-700 hover:bg-stone-50">
          {t.searchButton}
        </button>
      </div>
      {state.kind === "loading" && <p role="status" className="text-sm text-stone-500">{t.loading}</p>}
      {state.kind === "error" && <p role="alert" className="text-sm text-brand-700">{t.failed}</p>}
      {state.kind === "ready" && state.items.length === 0 && <p className="py-8 text-center text-sm text-stone-500">{t.empty}</p>}
      {state.kind === "ready" && state.items.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="picker-grid">
          {state.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                data-testid="picker-item"
                aria-label={`${t.choose}：${item.caption || item.originalName}`}
                onClick={() =>
                  onPick({
                    src: item.src, mediaId: item.id, width: item.width, height: item.height,
                    caption: item.caption, credit: item.creditLine, alt: item.altText, fromLibrary: true,
                  })
                }
                className="group flex w-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white text-left transition hover:border-brand-400 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- our own thumbnail rendition */}
                <img src={item.thumb} alt="" loading="lazy" className="aspect-[4/3] w-full bg-stone-100 object-cover" />
                <span className="line-clamp-2 px-2 pt-2 text-xs leading-5 text-stone-800">{item.caption || item.originalName}</span>
                <span className="px-2 pb-2 pt-0.5 text-xs text-stone-500">{item.creditLine || messages.media.card.noCredit}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

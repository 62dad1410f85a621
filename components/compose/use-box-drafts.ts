"use client";
import { useEffect, useRef, useState } from "react";
import { changeBoxAction } from "@/app/(desk)/desk/issues/actions";
import type { BoxValues, ComposeData } from "./types";
import type { PageLayout } from "./use-page-layout";

const BOX_DEBOUNCE_MS = 400;

/**
 * Boxes being edited: shown at once, sent ~400 ms after the last change. A
 * draft stays until the server's data has caught up with it; a refused
 * change drops it, and the server's box shows again.
 */
export function useBoxDrafts(data: ComposeData, run: PageLayout["run"]) {
  const [drafts, setDrafts] = useState<Record<string, BoxValues>>({});
  const latest = useRef(drafts);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const sending = useRef(new Map<string, number>());
  const [waiting, setWaiting] = useState(false);

  const update = (next: Record<string, BoxValues>) => {
    latest.current = next;
    setDrafts(next);
  };
  const busy = (id: string) => timers.current.has(id) || (sending.current.get(id) ?? 0) > 0;
  const drop = (id: string) => {
    const { [id]: _dropped, ...rest } = latest.current;
    update(rest);
  };

  useEffect(() => {
    const keep = Object.entries(latest.current).filter(([id]) => busy(id) && data.placements.some((p) => p.id === id));
    if (keep.length !== Object.keys(latest.current).length) update(Object.fromEntries(keep));
  }, [data]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const send = async (id: string) => {
    timers.current.delete(id);
    setWaiting(timers.current.size > 0);
    const box = latest.current[id];
    if (!box) return;
    sending.current.set(id, (sending.current.get(id) ?? 0) + 1);
    const ok = await run((baseVersion) => changeBoxAction({ pageId: data.page.id, baseVersion, placementId: id, box }));
    sending.current.set(id, sending.current.get(id)! - 1);
    if (!ok && !busy(id)) drop(id);
  };

  const change = (id: string, box: BoxValues) => {
    update({ ...latest.current, [id]: box });
    clearTimeout(timers.current.get(id));
    timers.current.set(id, setTimeout(() => void send(id), BOX_DEBOUNCE_MS));
    setWaiting(true);
  };

  return { drafts, change, waiting };
}

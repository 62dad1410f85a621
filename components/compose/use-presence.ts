"use client";
// Who else has this page open, and the page's version on the server: touched
// on opening, every 20 seconds, and when the tab comes back into view.
import { useEffect, useState } from "react";
import { touchPresenceAction } from "@/app/(desk)/desk/issues/actions";

const EVERY_MS = 20_000;

export interface Presence {
  others: { id: string; name: string }[];
  /** The page's version at the last touch; null before the first answer. */
  serverVersion: number | null;
}

export function usePresence(pageId: string): Presence {
  const [presence, setPresence] = useState<Presence>({ others: [], serverVersion: null });

  useEffect(() => {
    let alive = true;
    const touch = async () => {
      const result = await touchPresenceAction({ pageId }).catch(() => undefined);
      if (alive && result?.data) setPresence({ others: result.data.others, serverVersion: result.data.version });
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") void touch();
    };
    void touch();
    const timer = setInterval(touch, EVERY_MS);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      alive = false;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pageId]);

  return presence;
}

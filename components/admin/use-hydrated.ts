"use client";
// False in the server's HTML and until React has hydrated, then true. Buttons
// that only work with JavaScript stay disabled until then: a tap before
// hydration would otherwise do nothing, or submit a form natively.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

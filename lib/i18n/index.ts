// The messages of the active locale. Folio ships zh-CN; another locale adds a
// file of the same shape and a switch here.
import { zhCN, type Messages } from "./zh-CN";

export const locale = "zh-CN";
export const messages: Messages = zhCN;

/** Fills {placeholders} in a message. */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

// 一校, 二校 … and 通读: how the newsroom names a proof round.
import { format, messages } from "@/lib/i18n";

const t = messages.proofRounds;

export function roundName({ round, kind }: { round: number; kind: "proof" | "read_through" }): string {
  if (kind === "read_through") return t.readThrough;
  return format(t.proof, { ordinal: t.ordinals[round - 1] ?? String(round) });
}

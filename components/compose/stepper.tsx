"use client";
// A number with −/+ buttons: tapped on a phone, typed or arrowed on a laptop.
// What is typed counts once it is a number in range; leaving the field puts
// the value back in range.
import { useRef, useState } from "react";
import { format } from "@/lib/i18n";
import { t } from "./messages";

interface Props {
  id: string;
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange(value: number): void;
}

const button =
  "grid size-9 shrink-0 place-items-center text-lg leading-none text-stone-600 hover:bg-stone-100 hover:text-stone-900 disabled:text-stone-300 disabled:hover:bg-transparent sm:size-8";

export function Stepper({ id, label, unit, value, min, max, step = 1, onChange }: Props) {
  const [typed, setTyped] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const clamp = (n: number) => Math.min(max, Math.max(min, n));

  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-stone-500">
        {label}
      </label>
      <div className="mt-1 flex items-center overflow-hidden rounded-md border border-stone-300 bg-white focus-within:border-sky-500 focus-within:ring-1 focus-within:ring-sky-500">
        <button type="button" aria-label={format(t.box.decrease, { label })} disabled={value <= min} onClick={() => onChange(clamp(value - step))} className={button}>
          −
        </button>
        <input
          ref={input}
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={typed ?? String(value)}
          onChange={(event) => {
            const raw = event.target.value;
            setTyped(raw);
            const n = Number.parseInt(raw, 10);
            if (Number.isFinite(n) && n >= min && n <= max && n !== value) onChange(n);
          }}
          onBlur={() => {
            const n = Number.parseInt(typed ?? "", 10);
            if (typed !== null && Number.isFinite(n) && clamp(n) !== value) onChange(clamp(n));
            setTyped(null);
          }}
          className="h-9 w-full min-w-0 border-x border-stone-200 bg-transparent text-center text-sm font-medium tabular-nums text-stone-900 outline-none [appearance:textfield] sm:h-8 [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
        />
        <span aria-hidden className="pointer-events-none -ml-7 w-6 shrink-0 pr-1 text-right text-[11px] text-stone-400">
          {unit}
        </span>
        <button type="button" aria-label={format(t.box.increase, { label })} disabled={value >= max} onClick={() => onChange(clamp(value + step))} className={`${button} border-l border-stone-200`}>
          +
        </button>
      </div>
    </div>
  );
}

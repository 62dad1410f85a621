"use client";
// The review form's inputs: a label, the control, and the problems of its path
// right beneath it. Empty text is kept as "" while typing; the server trims.
import { fieldId } from "@/lib/domain/import/draft-edits";

export const inputClass = "rounded-md border bg-white px-2.5 py-1.5 text-stone-900 focus:outline-2 focus:outline-offset-0 focus:outline-brand-500";
const border = (problems?: string[]) => (problems?.length ? "border-brand-500 ring-1 ring-brand-200" : "border-stone-300");

export function Problems({ problems }: { problems?: string[] }) {
  if (!problems?.length) return null;
  return (
    <>
      {problems.map((message) => (
        <p key={message} data-problem className="mt-1 text-xs font-medium text-brand-700">{message}</p>
      ))}
    </>
  );
}

interface TextProps {
  label: string;
  path: string;
  value: string | null;
  onChange(value: string): void;
  problems?: string[];
  placeholder?: string;
  className?: string;
  inputClassName?: string;
  type?: "text" | "date";
  /** The schema's bound (lib/domain/import/draft), so that a save is never refused for length. */
  maxLength?: number;
}

export function TextField({ label, path, value, onChange, problems, placeholder, className, inputClassName = "text-sm", type = "text", maxLength }: TextProps) {
  const id = fieldId(path);
  return (
    <div className={className}>
      <label htmlFor={id} className="text-xs font-medium text-stone-500">{label}</label>
      <input
        id={id}
        type={type}
        value={value ?? ""}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={problems?.length ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-1 block w-full ${inputClass} ${border(problems)} ${inputClassName}`}
      />
      <Problems problems={problems} />
    </div>
  );
}

interface NumberProps {
  label: string;
  path: string;
  value: number | null;
  onChange(value: number | null): void;
  problems?: string[];
  max: number;
  className?: string;
  prefix?: string;
  suffix?: string;
}

/** A positive whole number, or nothing (null) when left empty. */
export function NumberField({ label, path, value, onChange, problems, max, className, prefix, suffix }: NumberProps) {
  const id = fieldId(path);
  return (
    <div className={className}>
      <label htmlFor={id} className="text-xs font-medium text-stone-500">{label}</label>
      <div className="flex items-center gap-1.5">
        {prefix && <span className="mt-1 shrink-0 whitespace-nowrap text-sm text-stone-500">{prefix}</span>}
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={value ?? ""}
          aria-invalid={problems?.length ? true : undefined}
          onChange={(event) => {
            const number = Math.trunc(Number(event.target.value));
            onChange(event.target.value === "" || !Number.isFinite(number) ? null : number);
          }}
          className={`mt-1 block w-full min-w-0 ${inputClass} ${border(problems)} text-sm tabular-nums`}
        />
        {suffix && <span className="mt-1 shrink-0 whitespace-nowrap text-sm text-stone-500">{suffix}</span>}
      </div>
      <Problems problems={problems} />
    </div>
  );
}

"use client";
// 本版编辑 · 组版 · 校对 of one page, each from the users holding that role.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { messages } from "@/lib/i18n";
import { assignStaffAction } from "@/app/(desk)/desk/issues/actions";

const t = messages.issues.overview;
const DUTIES = ["pageEditor", "layout", "proofreader"] as const;
type Duty = (typeof DUTIES)[number];
const FIELD = { pageEditor: "pageEditorId", layout: "layoutId", proofreader: "proofreaderId" } as const;

interface Props {
  pageId: string;
  editable: boolean;
  current: { pageEditorId: string | null; layoutId: string | null; proofreaderId: string | null };
  names: Record<Duty, string | null>;
  choices: Record<Duty, { id: string; name: string }[]>;
}

export function StaffAssignment({ pageId, editable, current, names, choices }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(current);
  const [state, setState] = useState<"idle" | "saving" | "saved">("idle");
  const [error, setError] = useState<string | null>(null);

  if (!editable) {
    return (
      <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
        {DUTIES.map((duty) => (
          <div key={duty}><dt className="text-xs text-stone-500">{t[duty]}</dt><dd className="text-stone-800">{names[duty] ?? t.unassigned}</dd></div>
        ))}
      </dl>
    );
  }

  async function save() {
    setState("saving");
    setError(null);
    const result = await assignStaffAction({ pageId, ...value });
    if (result?.serverError) {
      setError(result.serverError.message);
      setState("idle");
    } else {
      setState("saved");
      router.refresh();
    }
  }

  return (
    <div className="mt-3 space-y-2">
      <div className="grid grid-cols-3 gap-2">
        {DUTIES.map((duty) => (
          <label key={duty} className="block">
            <span className="text-xs text-stone-500">{t[duty]}</span>
            <select
              aria-label={t[duty]}
              value={value[FIELD[duty]] ?? ""}
              onChange={(e) => { setValue({ ...value, [FIELD[duty]]: e.target.value || null }); setState("idle"); }}
              className="mt-0.5 w-full rounded-md border border-stone-300 bg-white px-1.5 py-1 text-sm"
            >
              <option value="">{t.unassigned}</option>
              {choices[duty].map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
            </select>
          </label>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <button type="button" onClick={save} disabled={state === "saving"} className="rounded-md bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-60">
          {state === "saving" ? t.saving : t.save}
        </button>
        {state === "saved" && <span className="text-sm text-emerald-700">{t.saved}</span>}
        {error && <span role="alert" className="text-sm text-brand-700">{error}</span>}
      </div>
    </div>
  );
}

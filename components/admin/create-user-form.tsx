"use client";
// 新建用户: name, email and roles; the server answers with the invite link,
// shown once in a panel above the list.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createUserAction } from "@/app/(desk)/desk/admin/users/actions";
import { ROLES, type Role } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n";
import { LinkPanel, type IssuedLink } from "./link-panel";
import { RoleCheckboxes } from "./role-checkboxes";
import { useHydrated } from "./use-hydrated";

const t = messages.admin.users.create;
const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function CreateUserForm() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<Role[]>([]);
  const [errors, setErrors] = useState<{ name?: string; email?: string; roles?: string; form?: string }>({});
  const [pending, setPending] = useState(false);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const ready = useHydrated();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = {
      name: name.trim() && name.trim().length <= 40 ? undefined : t.errors.name,
      email: EMAIL.test(email.trim()) ? undefined : t.errors.email,
      roles: roles.length > 0 ? undefined : t.errors.roles,
    };
    setErrors(found);
    if (found.name || found.email || found.roles) return;
    setPending(true);
    const result = await createUserAction({ name, email, roles }).catch(() => ({ serverError: { message: messages.errors.internal } }));
    setPending(false);
    if (result && "data" in result && result.data) {
      setIssued({ kind: "invite", name: result.data.name, path: result.data.path, expiresAt: result.data.expiresAt });
      setOpen(false);
      setName("");
      setEmail("");
      setRoles([]);
      router.refresh();
    } else {
      setErrors({ form: result?.serverError?.message ?? messages.errors.validation });
    }
  }

  if (!open) {
    return (
      <div className="space-y-4">
        {issued && <LinkPanel link={issued} onClose={() => setIssued(null)} />}
        <button type="button" disabled={!ready} onClick={() => { setOpen(true); setIssued(null); }} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
          + {t.open}
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-user-title" data-testid="create-user" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <div>
        <h2 id="create-user-title" className="text-lg font-semibold text-stone-900">{t.title}</h2>
        <p className="mt-1 text-sm text-stone-600">{t.intro}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block">
          <span className="text-sm font-medium text-stone-700">{t.name}</span>
          <input name="name" value={name} maxLength={40} autoComplete="off" placeholder={t.namePlaceholder} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name} className={input} />
          {errors.name && <span className="mt-1 block text-sm text-brand-700">{errors.name}</span>}
        </label>
        <label className="block">
          <span className="text-sm font-medium text-stone-700">{t.email}</span>
          <input name="email" type="email" inputMode="email" autoComplete="off" value={email} placeholder={t.emailPlaceholder} onChange={(e) => setEmail(e.target.value)} aria-invalid={!!errors.email} className={input} />
          {errors.email && <span className="mt-1 block text-sm text-brand-700">{errors.email}</span>}
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">{t.roles}</legend>
        <p className="text-xs text-stone-500">{t.rolesHint}</p>
        <RoleCheckboxes roles={ROLES} checked={roles} onChange={setRoles} />
        {errors.roles && <p className="mt-1 text-sm text-brand-700">{errors.roles}</p>}
      </fieldset>
      {errors.form && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{errors.form}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.submitting : t.submit}
        </button>
        <button type="button" onClick={() => { setOpen(false); setErrors({}); }} className="px-2 py-2 text-sm text-stone-600 hover:text-stone-900">{t.cancel}</button>
      </div>
    </form>
  );
}

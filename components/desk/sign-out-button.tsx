"use client";

import { signOut } from "next-auth/react";
import { messages } from "@/lib/i18n";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded-md border border-stone-300 px-3 py-1.5 text-stone-700 hover:border-brand-500 hover:text-brand-700"
    >
      {messages.desk.signOut}
    </button>
  );
}

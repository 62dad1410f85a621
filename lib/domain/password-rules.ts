// What makes a password acceptable (NIST SP 800-63B): long enough, not too
// long to hash, not one character over and over, not the person's own name or
// email, and not a common or patterned one, judged by zxcvbn against its list of
// leaked passwords with the person's details as extra words. No rules about
// character classes, no expiry. Server-side only: zxcvbn's dictionaries weigh
// about a megabyte, so forms get the verdict from their server action.
import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import type { Reason } from "./errors";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable" against an online attack and a slow hash. */
const MIN_STRENGTH = 3;

export type PasswordRefusal = Extract<Reason, "passwordTooShort" | "passwordTooLong" | "passwordRepetitive" | "passwordPersonal" | "passwordWeak">;

/** Whose password it is: their details must not be (in) it. */
export interface PasswordOwner {
  email: string;
  name: string;
}

let strength: ZxcvbnFactory | undefined;
const estimator = () => (strength ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/** Characters, not UTF-16 units: 密码 is two, as the person typing it counts. */
const characters = (text: string) => Array.from(text);

function mostlyOneCharacter(password: string): boolean {
  const counts = new Map<string, number>();
  for (const character of characters(password.toLowerCase())) counts.set(character, (counts.get(character) ?? 0) + 1);
  return Math.max(...counts.values()) * 2 > characters(password).length;
}

/** The parts of a person's details worth refusing: the email's local part and the name, each of 3+ (or 2+ Chinese) characters. */
function personalWords({ email, name }: PasswordOwner): string[] {
  const local = email.trim().toLowerCase().split("@")[0] ?? "";
  const fullName = name.trim().toLowerCase();
  return [local, fullName, fullName.replace(/\s+/g, "")].filter((word) => characters(word).length >= (/[^\x00-\x7f]/.test(word) ? 2 : 3));
}

/** Why the password is refused, or null when it is acceptable. */
export function passwordRefusal(password: string, owner: PasswordOwner): PasswordRefusal | null {
  const length = characters(password).length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  if (mostlyOneCharacter(password)) return "passwordRepetitive";
  const lower = password.toLowerCase();
  const personal = personalWords(owner);
  if (personal.some((word) => lower.includes(word))) return "passwordPersonal";
  if (estimator().check(password, [...personal, owner.email.trim().toLowerCase()]).score < MIN_STRENGTH) return "passwordWeak";
  return null;
}

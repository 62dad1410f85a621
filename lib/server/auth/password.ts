// Password hashing with argon2id (OWASP's first choice).
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's OWASP-level defaults
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash is a failed check, not a crash
  }
}

// Checked when the email matches no user, so that a wrong email and a wrong
// password take the same time and do not reveal which accounts exist.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("folio-decoy-password");
  return decoy;
}

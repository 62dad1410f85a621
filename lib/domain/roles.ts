// The newsroom's roles. The keys are a public contract: they appear in
// `user.roles` of the session and in the database enum `Role`.
export const ROLES = ["admin", "chief", "desk", "editor", "reporter", "layout", "proofreader"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

// The workspace's sections, and which permission opens each one.
import { can, type Action } from "./permissions";
import type { Role } from "./roles";

export const SECTIONS = [
  { key: "articles", opensWith: ["article.create", "article.editAny"] },
  { key: "review", opensWith: ["review.first", "review.second", "review.final"] },
  { key: "issues", opensWith: ["issue.plan", "page.compose", "page.layout"] },
  { key: "proofing", opensWith: ["proof.mark", "proof.resolve", "page.sign"] },
  { key: "publishing", opensWith: ["issue.publish"] },
  { key: "media", opensWith: ["media.upload"] },
  { key: "import", opensWith: ["import.run"] },
  { key: "stats", opensWith: ["stats.view"] },
  { key: "audit", opensWith: ["audit.view"] },
  { key: "admin", opensWith: ["admin.users", "admin.publications", "admin.contributors"] },
] as const satisfies readonly { key: string; opensWith: readonly Action[] }[];
export type SectionKey = (typeof SECTIONS)[number]["key"];

export function sectionsFor(roles: readonly Role[]): SectionKey[] {
  return SECTIONS.filter((section) => section.opensWith.some((action) => can(roles, action))).map(
    (section) => section.key,
  );
}

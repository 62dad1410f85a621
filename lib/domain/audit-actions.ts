// The audit trail's vocabulary: every action a use case records, grouped as the
// filter's select shows them, and the object types they point at. The Chinese
// labels are messages.audit.actions / objectTypes; a unit test scans
// lib/server for recorded actions, so none ships without a label.

export const AUDIT_ACTION_GROUPS = {
  article: ["article.create", "article.save", "article.restore", "article.submit", "review.decide", "correction.create"],
  comment: ["comment.create", "comment.resolve", "comment.reopen"],
  issue: ["issue.plan", "issue.edit_pages", "page.assign_staff", "issue.publish", "issue.schedule", "issue.withdraw"],
  layout: [
    "placement.create", "placement.box", "placement.photo", "placement.reorder", "placement.remove", "placement.jump",
    "placement.acknowledge",
  ],
  proof: [
    "proof.round.start", "proof.round.handOver", "proof.mark.create", "proof.mark.withdraw", "proof.mark.accept",
    "proof.mark.reject", "page.sign", "page.unsign",
  ],
  media: ["media.upload", "media.update", "media.describe"],
  import: ["import.start", "import.save", "import.confirm", "import.discard", "import.undo"],
  people: [
    "contributor.create", "contributor.merge", "user.create", "user.invite", "user.reset_link", "user.invite_accepted",
    "user.password_reset", "user.roles", "user.deactivate", "user.reactivate", "user.sessions_revoke",
    "user.password_change", "user.password_change_failed", "publication.update",
  ],
  auth: ["auth.sign_in", "auth.sign_in_failed", "auth.sign_out"],
  audit: ["audit.export"],
} as const;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[AuditActionGroup][number];

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AUDIT_ACTION_GROUPS).flat();

/**
 * Actions recorded from a template (`proof.mark.${decision}`): the prefix and
 * the values it is filled with, so the label test can check every one.
 */
export const TEMPLATED_AUDIT_ACTIONS: Record<string, readonly string[]> = {
  "proof.mark.": ["accept", "reject"],
};

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** What an event's objectType names; the object browser links each to its desk page. */
export const AUDIT_OBJECT_TYPES = [
  "Article", "Issue", "Page", "ProofMark", "Media", "ImportBatch", "Contributor", "User", "Publication", "AuditEvent",
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export function isAuditObjectType(value: string): value is AuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(value);
}

/** Who did it, when no user did: a failed sign-in with an unknown email is 匿名, a command-line import 系统. */
export function actorlessKind(action: string): "anonymous" | "system" {
  return action.startsWith("auth.") ? "anonymous" : "system";
}

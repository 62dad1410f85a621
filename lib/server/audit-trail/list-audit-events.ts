// 审计日志 for the desk: one page of events with who did them and what each
// points at (named and linked when it still exists), and the choices of the
// filter form.
import "server-only";
import type { Route } from "next";
import { getDb } from "@/lib/db";
import { actorlessKind, AUDIT_OBJECT_TYPES, type AuditObjectType } from "@/lib/domain/audit-actions";
import { AUDIT_PAGE_SIZE, auditPageLinks, type AuditCursor, type AuditFilters, type AuditPageDirection } from "@/lib/domain/audit-trail";
import { isoDate, pageNumberLabel } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { fetchAuditEvents, type AuditEventRow } from "./audit-query";

const t = messages.audit;

export interface AuditObjectRef {
  /** what it is called now, or null when it no longer exists (or is not a kind we name) */
  label: string | null;
  href: Route | null;
}

export interface AuditEventView {
  id: string;
  at: Date;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  actor: { id: string; name: string; email: string; active: boolean } | null;
  /** who, when no user did it */
  actorless: "anonymous" | "system";
  object: AuditObjectRef;
}

export function assertMayViewAudit(user: Pick<SessionUser, "id" | "roles">) {
  if (!can(user.roles, "audit.view")) throw new AppError("forbidden", `${user.id} may not audit.view`);
}

export async function listAuditEvents(
  user: Pick<SessionUser, "id" | "roles">,
  filters: AuditFilters,
  request: { cursor: AuditCursor | null; direction: AuditPageDirection },
  size = AUDIT_PAGE_SIZE,
) {
  assertMayViewAudit(user);
  const fetched = await fetchAuditEvents(filters, request.cursor, request.direction, size + 1);
  const page = auditPageLinks(fetched, request, size);
  const objects = await resolveObjects(page.rows, user);
  return {
    events: page.rows.map((row): AuditEventView => ({
      id: row.id, at: row.at, action: row.action, objectType: row.objectType, objectId: row.objectId,
      before: row.before, after: row.after, ip: row.ip, actor: row.actor,
      actorless: actorlessKind(row.action),
      object: (row.objectId && objects.get(`${row.objectType}:${row.objectId}`)) || { label: null, href: null },
    })),
    older: page.older,
    newer: page.newer,
  };
}

/**
 * Names and desk links of the objects a page of events points at: one query
 * per kind. Users and papers link to the administration only for those who may open it.
 */
async function resolveObjects(rows: readonly AuditEventRow[], viewer: Pick<SessionUser, "roles">): Promise<Map<string, AuditObjectRef>> {
  const ids = (type: AuditObjectType) => [...new Set(rows.filter((r) => r.objectType === type && r.objectId).map((r) => r.objectId!))];
  const db = getDb();
  const found = new Map<string, AuditObjectRef>();
  const put = (type: AuditObjectType, id: string, label: string, href: string | null) =>
    found.set(`${type}:${id}`, { label, href: href as Route | null });

  const [articles, issues, pages, marks, media, batches, contributors, users, publications] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids("Article") } }, select: { id: true, headline: true } }),
    db.issue.findMany({ where: { id: { in: ids("Issue") } }, select: { id: true, number: true, date: true } }),
    db.page.findMany({ where: { id: { in: ids("Page") } }, select: { id: true, number: true, name: true, issueId: true, issue: { select: { number: true } } } }),
    db.proofMark.findMany({
      where: { id: { in: ids("ProofMark") } },
      select: { id: true, round: { select: { page: { select: { number: true, issueId: true, issue: { select: { number: true } } } } } } },
    }),
    db.media.findMany({ where: { id: { in: ids("Media") } }, select: { id: true, originalName: true, caption: true } }),
    db.importBatch.findMany({ where: { id: { in: ids("ImportBatch") } }, select: { id: true, fileName: true } }),
    db.contributor.findMany({ where: { id: { in: ids("Contributor") } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true } }),
    db.publication.findMany({ where: { id: { in: ids("Publication") } }, select: { id: true, name: true } }),
  ]);
  for (const a of articles) put("Article", a.id, a.headline.trim() || messages.articles.untitled, `/desk/articles/${a.id}`);
  for (const i of issues) put("Issue", i.id, format(t.objectLabels.issue, { number: i.number, date: isoDate(i.date) }), `/desk/issues/${i.id}`);
  for (const p of pages) {
    put("Page", p.id, format(t.objectLabels.page, { number: p.issue.number, page: pageNumberLabel(p.number), name: p.name }), `/desk/issues/${p.issueId}/pages/${p.number}`);
  }
  for (const m of marks) {
    const { page } = m.round;
    put("ProofMark", m.id, format(t.objectLabels.mark, { number: page.issue.number, page: pageNumberLabel(page.number) }), `/desk/issues/${page.issueId}/pages/${page.number}/proof`);
  }
  for (const m of media) put("Media", m.id, m.caption?.trim() || m.originalName, `/desk/media/${m.id}`);
  for (const b of batches) put("ImportBatch", b.id, format(t.objectLabels.importBatch, { fileName: b.fileName }), `/desk/import/${b.id}`);
  for (const c of contributors) put("Contributor", c.id, c.name, null);
  const admin = (permission: "admin.users" | "admin.publications", href: string) => (can(viewer.roles, permission) ? href : null);
  for (const u of users) put("User", u.id, u.name, admin("admin.users", `/desk/admin/users/${u.id}`));
  for (const p of publications) put("Publication", p.id, p.name, admin("admin.publications", `/desk/admin/publications/${p.id}`));
  return found;
}

/** The filter form's choices: every user who ever could act (the deactivated too), the object types. */
export async function auditFilterChoices(user: Pick<SessionUser, "id" | "roles">) {
  assertMayViewAudit(user);
  const users = await getDb().user.findMany({
    select: { id: true, name: true, email: true, active: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return { users, objectTypes: AUDIT_OBJECT_TYPES };
}

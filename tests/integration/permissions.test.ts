// Every server action and every route handler, found in the source tree
// (tests/support/endpoints.ts), is called as an anonymous visitor and as a
// user of each role: anonymous is refused, every role the permission table
// does not allow is refused, and the roles it allows are let through to the
// use case. The session is the only thing stood in for (next-auth's cookie
// reading); the permission check itself is the real one.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACTIONS, can, type Action } from "@/lib/domain/permissions";
import { ROLES, type Role } from "@/lib/domain/roles";
import { authorize } from "@/lib/server/auth/session";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { buildUser } from "../support/factories";
import { importPath, inlineServerActionFiles, routeHandlers, serverActions, type RouteHandler, type ServerAction } from "../support/endpoints";

const session = vi.hoisted(() => ({ current: null as { user: SessionUser } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
// The real check, watched: which permission each endpoint asks for, and whether it was granted.
vi.mock("@/lib/server/auth/session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/auth/session")>();
  return { ...real, authorize: vi.fn(real.authorize) };
});
const watched = vi.mocked(authorize);

/** Actions open without a session, each with why: adding one is a decision, not an accident. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "app/invite/actions.ts#setPasswordFromLinkAction": "the one-time invite or reset link in its input is the credential",
};

/** Route handlers open without a session, each with why; they only read. */
const PUBLIC_ROUTES: { pattern: RegExp; methods: string[]; why: string }[] = [
  { pattern: /^app\/api\/auth\/\[\.\.\.nextauth\]\//, methods: ["GET", "POST"], why: "next-auth's sign-in, with its own CSRF token" },
  { pattern: /^app\/api\/health\//, methods: ["GET"], why: "load balancers and uptime checks" },
  { pattern: /^app\/api\/v1\//, methods: ["GET", "OPTIONS"], why: "the reader site's JSON API: published snapshots only" },
  { pattern: /^app\/\(site\)\/\[pub\]\/feed\.xml\//, methods: ["GET", "OPTIONS"], why: "the Atom feed of published issues" },
  { pattern: /^app\/media\//, methods: ["GET"], why: "photos: readers get published ones only, staff all (checked in serveMedia)" },
  { pattern: /^app\/pdf\//, methods: ["GET"], why: "PDF pages of published issues" },
];

const actions = serverActions();
const routes = routeHandlers();
const users = new Map<Role, SessionUser>();

beforeAll(async () => {
  for (const role of ROLES) {
    const user = await buildUser({ roles: [role] });
    users.set(role, { id: user.id, name: user.name, email: user.email, roles: [role] });
  }
});
afterAll(() => {
  session.current = null;
});

function signIn(role: Role | null) {
  session.current = role ? { user: users.get(role)! } : null;
  watched.mockClear();
}

/** What the real check did on this call: the permission asked for, and whether it was granted. */
function lastCheck(): { permission: Action | undefined; granted: boolean | undefined } {
  return { permission: watched.mock.calls[0]?.[0], granted: watched.mock.settledResults[0]?.type === "fulfilled" };
}

describe("the endpoints found in the code", () => {
  it("finds them all, each declaring a permission from the table", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(routes.filter((route) => route.permission).length).toBeGreaterThan(3);
    expect(inlineServerActionFiles(), "server actions live in \"use server\" modules, where this test finds them").toEqual([]);
    for (const action of actions) {
      const where = `${action.file}#${action.name}`;
      expect(action.client, `${where} must be built with deskAction or publicAction`).not.toBe("unknown");
      if (action.client === "deskAction") expect(ACTIONS, `${where} declares a permission of the table`).toContain(action.permission);
      else expect(Object.keys(PUBLIC_ACTIONS), `${where} is public: list it in PUBLIC_ACTIONS with why`).toContain(where);
    }
    for (const route of routes.filter((route) => !route.permission)) {
      const allowed = PUBLIC_ROUTES.find((entry) => entry.pattern.test(route.file));
      expect(allowed, `${route.method} ${route.file} has no deskRoute permission: wrap it, or list it in PUBLIC_ROUTES`).toBeDefined();
      expect(allowed!.methods, `${route.method} ${route.file} is public and may not write`).toContain(route.method);
    }
    for (const route of routes.filter((route) => route.permission)) expect(ACTIONS).toContain(route.permission);
  });

  it("has exported exactly what the scan found", async () => {
    for (const file of new Set(actions.map((action) => action.file))) {
      const exported = Object.keys(await import(/* @vite-ignore */ importPath(file))).sort();
      expect(exported, file).toEqual(actions.filter((action) => action.file === file).map((action) => action.name).sort());
    }
  });
});

type SafeActionResult = { serverError?: { code: string }; validationErrors?: unknown; redirected?: true } | undefined;
async function callAction(action: ServerAction): Promise<SafeActionResult> {
  const module = (await import(/* @vite-ignore */ importPath(action.file))) as Record<string, (input: unknown) => Promise<SafeActionResult>>;
  // Empty input: whoever gets past the check is mostly stopped by validation
  // before the use case runs. An action whose input may be empty runs it, and
  // one that then redirects (写稿 opens the new article) throws Next's redirect.
  return module[action.name]!({}).catch((error: unknown) => {
    if (String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) return { redirected: true } as SafeActionResult;
    throw error;
  });
}

describe.each(actions.filter((action) => action.client === "deskAction"))("server action $file#$name", (action) => {
  const permission = action.permission as Action;

  it("refuses anonymous visitors", async () => {
    signIn(null);
    const result = await callAction(action);
    expect(lastCheck()).toEqual({ permission, granted: false });
    expect(result?.serverError?.code).toBe("unauthenticated");
  });

  it.each(ROLES)("as %s: admitted exactly when the permission table allows", async (role) => {
    signIn(role);
    const result = await callAction(action);
    const allowed = can([role], permission);
    expect(lastCheck()).toEqual({ permission, granted: allowed });
    if (allowed) expect(result?.serverError?.code).not.toBe("unauthenticated");
    else expect(result?.serverError?.code).toBe("forbidden");
  });
});

describe.each(actions.filter((action) => action.client === "publicAction"))("public action $file#$name", (action) => {
  it("checks no session and refuses input without its credential", async () => {
    signIn(null);
    const result = await callAction(action);
    expect(watched).not.toHaveBeenCalled();
    expect(result?.validationErrors).toBeDefined();
  });
});

const ORIGIN = "http://folio.test";
function requestFor(route: RouteHandler, origin: string | null = ORIGIN): Request {
  const headers = new Headers({ host: "folio.test" });
  if (origin) headers.set("origin", origin);
  const writes = !["GET", "HEAD", "OPTIONS"].includes(route.method);
  if (writes) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}/${route.file}`, { method: route.method, headers, body: writes ? "{}" : undefined });
}
async function callRoute(route: RouteHandler, origin?: string | null): Promise<Response> {
  const module = (await import(/* @vite-ignore */ importPath(route.file))) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
  const params = Object.fromEntries(route.params.map((name) => [name, "no-such-id"]));
  return module[route.method]!(requestFor(route, origin), { params: Promise.resolve(params) });
}

describe.each(routes.filter((route) => route.permission))("route $method $file", (route) => {
  const permission = route.permission as Action;

  it("refuses anonymous visitors with 401", async () => {
    signIn(null);
    const response = await callRoute(route);
    expect(lastCheck()).toEqual({ permission, granted: false });
    expect(response.status).toBe(401);
  });

  it.each(ROLES)("as %s: admitted exactly when the permission table allows", async (role) => {
    signIn(role);
    const response = await callRoute(route);
    const allowed = can([role], permission);
    expect(lastCheck()).toEqual({ permission, granted: allowed });
    if (allowed) expect([401, 403]).not.toContain(response.status);
    else expect(response.status).toBe(403);
  });

  it.runIf(!["GET", "HEAD", "OPTIONS"].includes(route.method))("refuses writes from another site or with no origin (CSRF)", async () => {
    const role = ROLES.find((candidate) => can([candidate], permission))!;
    for (const origin of ["https://evil.example", null]) {
      signIn(role);
      const response = await callRoute(route, origin);
      expect(response.status).toBe(403);
      expect(watched).not.toHaveBeenCalled();
    }
  });
});

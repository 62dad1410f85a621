// Sign-in helpers: journeys that are not about signing in sign in over HTTP,
// the way next-auth's own client does, instead of typing into the form.
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/domain/demo-accounts";
import type { Role } from "../../lib/domain/roles";

export const accountFor = (role: Role) => DEMO_ACCOUNTS.find((account) => account.role === role)!;

export async function signInOverHttp(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
}

export async function signInAs(page: Page, role: Role) {
  await signInOverHttp(page.request, accountFor(role).email);
}

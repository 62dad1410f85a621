// The demo accounts seeded with the demo data: one per role.
import type { Role } from "./roles";

export const DEMO_PASSWORD = "folio-demo";

export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@folio.local", name: "林静", role: "admin" },
  { email: "chief@folio.local", name: "周建国", role: "chief" },
  { email: "desk@folio.local", name: "陈晓燕", role: "desk" },
  { email: "editor@folio.local", name: "王磊", role: "editor" },
  { email: "reporter@folio.local", name: "郭学锋", role: "reporter" },
  { email: "layout@folio.local", name: "赵敏", role: "layout" },
  { email: "proof@folio.local", name: "孙悦", role: "proofreader" },
];

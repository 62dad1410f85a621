import type { Role } from "@/lib/domain/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; roles: Role[] };
  }
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    roles?: Role[];
  }
}

// Builds a Prisma client on the pg driver adapter (no native engine: see
// ../shared/toolchain.md). The app uses the single client in lib/db.ts;
// scripts, seeds and tests build their own for the database they are given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // Password hashes are read only where a password is checked.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

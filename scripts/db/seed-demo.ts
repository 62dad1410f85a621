// Seeds the demo data into the database DATABASE_URL names: `npm run seed:demo`.
// The embedded default seeds itself on its first start; a database given by
// DATABASE_URL only ever gets demo data through this explicit command.
import { createPrismaClient } from "../../lib/db/client.ts";
import "../server-context.ts";

export async function seedDemoInto(databaseUrl: string): Promise<boolean> {
  // Imported after server-context: the seed publishes its issue with server code.
  const { seedDemo } = await import("../../prisma/seed/demo.ts");
  const db = createPrismaClient(databaseUrl);
  try {
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the database to seed (the embedded database seeds itself).");
    process.exit(1);
  }
  const seeded = await seedDemoInto(url);
  console.log(seeded ? "Demo data seeded." : "Demo data is already there; nothing changed.");
}

// Points the app's database client (lib/db.ts) at the run's fresh database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

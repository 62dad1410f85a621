// Points the app's database client (lib/db.ts) at the run's fresh database,
// and its file storage at a scratch folder.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.FOLIO_STORAGE_DIR ??= mkdtempSync(path.join(os.tmpdir(), "folio-storage-"));

// Vitest global setup: one fresh database for the integration run.
import type { TestProject } from "vitest/node";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let database: FreshDatabase | undefined;

export async function setup(project: TestProject) {
  database = await freshDatabase("test");
  project.provide("databaseUrl", database.url);
}

export async function teardown() {
  await database?.dispose();
}

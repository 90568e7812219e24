// Vitest global setup: one fresh database per test run on the server of TEST_DATABASE_URL,
// migrated in-process, dropped at the end. Tests find its URL via inject("databaseUrl") or
// process.env.DATABASE_URL (set by tests/setup/env.ts in every worker).
import type { TestProject } from "vitest/node";
import { applyMigrations, dropDatabase, withDatabase } from "../../lib/postgres/schema-engine.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The server's maintenance URL, for tests that create scratch databases themselves. */
    serverUrl: string;
  }
}

export const DEFAULT_TEST_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_SERVER_URL;
  const databaseUrl = withDatabase(serverUrl, `localnews_test_${Date.now()}_${process.pid}`);
  const started = performance.now();
  try {
    await applyMigrations(databaseUrl);
  } catch (error) {
    await dropDatabase(databaseUrl).catch(() => {});
    throw new Error(
      `Test database setup failed on ${redact(serverUrl)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (process.env.VITEST_DB_VERBOSE) {
    console.log(`test database ready in ${Math.round(performance.now() - started)} ms`);
  }
  process.env.DATABASE_URL = databaseUrl;
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverUrl", serverUrl);

  return async () => {
    if (process.env.KEEP_TEST_DATABASE) {
      console.log(`kept test database ${redact(databaseUrl)}`);
      return;
    }
    await dropDatabase(databaseUrl);
  };
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

// The database of the server under test, for specs that set up or check rows with SQL.
// E2E_DATABASE_URL when given; otherwise the one scripts/e2e-server.ts recorded for this run.
import { readFileSync } from "node:fs";
import pg from "pg";
import { E2E_DATABASE_URL_FILE, E2E_EDGE_DATABASE_URL_FILE } from "../../scripts/e2e-paths";

export function e2eDatabaseUrl(): string {
  const given = process.env.E2E_DATABASE_URL;
  if (given) return given;
  try {
    return readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim();
  } catch {
    throw new Error(`No database for the server under test: set E2E_DATABASE_URL (or start it with scripts/e2e-server.ts)`);
  }
}

/** The database behind the edge project's cluster (scripts/e2e-cluster.ts). */
export function edgeDatabaseUrl(): string {
  try {
    return readFileSync(E2E_EDGE_DATABASE_URL_FILE, "utf8").trim();
  } catch {
    throw new Error("No database for the edge cluster under test (start it with scripts/e2e-cluster.ts)");
  }
}

export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>, url: string = e2eDatabaseUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// The database of the server under test, for reader specs that pick articles or read counts.
// E2E_DATABASE_URL or DATABASE_URL when given; otherwise the newest database that
// scripts/e2e-server.ts created (localnews_e2e_<timestamp>).
import pg from "pg";

async function e2eDatabaseUrl(): Promise<string> {
  const given = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return given;
  const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'localnews_e2e_%' ORDER BY datname DESC LIMIT 1",
    );
    const name = rows[0]?.datname;
    if (!name) throw new Error("No database for the server under test: set E2E_DATABASE_URL");
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  } finally {
    await admin.end();
  }
}

export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: await e2eDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

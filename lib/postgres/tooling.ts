import pg from "pg";

// One plain connection for the command-line tools (seed report, e2e databases, benchmarks):
// the web tier never uses this (it has lib/db.ts), and nothing outside lib/ imports `pg`.
export async function withPgClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>, timeoutMs?: number): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

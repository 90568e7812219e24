// Throwaway databases on the machine's PostgreSQL for test servers: `{prefix}_{timestamp}`,
// dropped when the run ends; leftovers of runs killed before they could clean up are dropped
// after two hours (a run that may still be going on, in another checkout, is left alone).
import { withPgClient } from "../../lib/postgres/tooling.ts";

export const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const STALE_MS = 2 * 3600_000;

/** A fresh database's URL, or undefined when no PostgreSQL answers (the caller falls back). */
export async function createScratchDatabase(prefix: string): Promise<string | undefined> {
  try {
    return await withPgClient(
      SERVER_URL,
      async (admin) => {
        const stale = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`]);
        for (const { datname } of stale.rows) {
          if (Number(datname.slice(prefix.length + 1)) < Date.now() - STALE_MS) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
        }
        const name = `${prefix}_${Date.now()}`;
        await admin.query(`CREATE DATABASE "${name}"`);
        const url = new URL(SERVER_URL);
        url.pathname = `/${name}`;
        return url.toString();
      },
      3_000,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ECONNREFUSED" || /timeout/i.test((error as Error).message)) return undefined;
    throw error;
  }
}

export async function dropScratchDatabase(url: string): Promise<void> {
  await withPgClient(SERVER_URL, (admin) => admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`));
}

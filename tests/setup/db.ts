// Helpers for tests that use the run's database (created by tests/setup/global-setup.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

/** The server's maintenance URL (for tests that create their own scratch databases). */
export function testServerUrl(): string {
  return inject("serverUrl");
}

/** A Prisma client on the test database; call `$disconnect()` in afterAll. */
export function createTestPrisma(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl() }) });
}

/** A small pg pool on the test database; call `end()` in afterAll. */
export function createTestPool(): pg.Pool {
  return new pg.Pool({ connectionString: testDatabaseUrl(), max: 4 });
}

type Queryable = Pick<pg.Pool, "query">;

const TABLES_SQL = `
  SELECT c.oid::int AS oid, quote_ident(c.relname) AS name,
         coalesce(array_agg(f.confrelid::int) FILTER (WHERE f.confrelid IS NOT NULL AND f.confrelid <> c.oid), '{}') AS refs
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_constraint f ON f.conrelid = c.oid AND f.contype = 'f'
   WHERE c.relkind = 'r' AND c.relname <> '_prisma_migrations'
   GROUP BY c.oid, c.relname`;
const SEQUENCES_SQL = `
  SELECT quote_literal(quote_ident(c.relname)) AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
   WHERE c.relkind = 'S'`;

/**
 * Statements that empty every application table (keeping `_prisma_migrations`) and restart the
 * id sequences. DELETE in foreign-key order rather than TRUNCATE: TRUNCATE rewrites files and
 * costs ~0.5 s a call on this disk, DELETE of a test's few rows a few milliseconds.
 */
function resetStatements(
  tables: Array<{ oid: number; name: string; refs: number[] }>,
  sequences: Array<{ name: string }>,
): string[] {
  const remaining = new Map(tables.map((t) => [t.oid, t]));
  const ordered: string[] = [];
  while (remaining.size > 0) {
    // Delete first the tables no remaining table references.
    const referenced = new Set([...remaining.values()].flatMap((t) => t.refs));
    const free = [...remaining.values()].filter((t) => !referenced.has(t.oid));
    if (free.length === 0) throw new Error("foreign-key cycle between tables; cannot order DELETEs");
    for (const t of free) {
      ordered.push(`DELETE FROM ${t.name}`);
      remaining.delete(t.oid);
    }
  }
  return [...ordered, ...sequences.map((s) => `SELECT setval(${s.name}, 1, false)`)];
}

/** Empties every application table (keeps `_prisma_migrations`) and restarts id sequences. */
export async function truncateAll(db: Queryable): Promise<void> {
  const tables = (await db.query<{ oid: number; name: string; refs: number[] }>(TABLES_SQL)).rows;
  const sequences = (await db.query<{ name: string }>(SEQUENCES_SQL)).rows;
  await db.query(["BEGIN", ...resetStatements(tables, sequences), "COMMIT"].join(";\n"));
}

/** `truncateAll` through a Prisma client. */
export async function truncateAllWithPrisma(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRawUnsafe<Array<{ oid: number; name: string; refs: number[] }>>(TABLES_SQL);
  const sequences = await prisma.$queryRawUnsafe<Array<{ name: string }>>(SEQUENCES_SQL);
  await prisma.$transaction(resetStatements(tables, sequences).map((sql) => prisma.$executeRawUnsafe(sql)));
}

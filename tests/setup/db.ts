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

/** Empties every application table (keeps `_prisma_migrations`), resetting id sequences. */
export async function truncateAll(db: Queryable): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length === 0) return;
  await db.query(`TRUNCATE ${rows.map((r) => r.name).join(", ")} RESTART IDENTITY CASCADE`);
}

/** `truncateAll` through a Prisma client. */
export async function truncateAllWithPrisma(prisma: PrismaClient): Promise<void> {
  const rows = await prisma.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length === 0) return;
  await prisma.$executeRawUnsafe(
    `TRUNCATE ${rows.map((r) => r.name).join(", ")} RESTART IDENTITY CASCADE`,
  );
}

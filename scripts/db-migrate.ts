// `npm run db:migrate`: applies pending migrations in prisma/migrations to DATABASE_URL
// (creating the database when missing), with the same bookkeeping as `prisma migrate deploy`.
import { applyMigrations, databaseExists } from "../lib/postgres/schema-engine.ts";

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/localnews"; // as in prisma.config.ts

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? DEFAULT_URL;
  if (!process.env.DATABASE_URL) console.log(`DATABASE_URL is not set; using ${DEFAULT_URL}`);
  const started = performance.now();
  const existed = await databaseExists(url);
  const applied = await applyMigrations(url);
  const ms = Math.round(performance.now() - started);
  if (!existed) console.log(`created database ${redact(url)}`);
  if (applied.length === 0) {
    console.log(`${redact(url)}: migrations up to date (${ms} ms)`);
  } else {
    console.log(`${redact(url)}: applied ${applied.length} migration(s) in ${ms} ms`);
    for (const name of applied) console.log(`  ${name}`);
  }
}

main().then(
  // The wasm engine leaves a timer behind; don't wait for it.
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
      console.error(`db:migrate failed: cannot reach the PostgreSQL server of ${redact(process.env.DATABASE_URL ?? DEFAULT_URL)} (${String(code)})`);
      process.exit(1);
    }
    console.error(`db:migrate failed: ${message}`);
    if (/_prisma_migrations|failed migration|P3009/i.test(message)) {
      console.error("A failed migration is recorded in _prisma_migrations; fix it, then run `npx prisma migrate resolve`.");
    }
    process.exit(1);
  },
);

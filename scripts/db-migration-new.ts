// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with what schema.prisma adds to the migrations. The migrations are replayed into a temporary
// database on the server of DATABASE_URL (created and dropped here): no existing database is
// read or written.
import path from "node:path";
import { createMigration, withDatabase } from "../lib/postgres/schema-engine.ts";

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

async function main(): Promise<void> {
  const raw = process.argv.slice(2).join("_").trim();
  if (!raw) {
    console.error("usage: npm run db:migration:new -- <name>   (e.g. add_board_icon)");
    process.exit(2);
  }
  const name = raw.toLowerCase().replace(/[\s-]+/g, "_").replace(/[^a-z0-9_]/g, "");
  if (!name) throw new Error(`"${raw}" has no letters or digits to name a migration with`);
  const serverUrl = withDatabase(process.env.DATABASE_URL ?? DEFAULT_SERVER, "postgres");
  const created = await createMigration(name, { serverUrl });
  if (!created) {
    console.log("no changes: prisma/migrations already matches prisma/schema.prisma");
    return;
  }
  console.log(`wrote ${path.relative(process.cwd(), created.file)}`);
  console.log(created.script.trimEnd());
  console.log(
    "\nReview it (hand-written additions such as CHECK constraints are fine), then `npm run db:migrate`.",
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:migration:new failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

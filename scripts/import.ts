// `npm run import -- FILE [--admin-password PASS] [--database-url URL]`
// Reads an export of this site (`npm run export`) into an empty database: migrations first,
// then every row with its id, the photos' originals and their variants made again.
import { parseCommandLine } from "../lib/cli/args.ts";
import { applyMigrations } from "../lib/postgres/schema-engine.ts";
import { getStorage } from "../lib/storage/index.ts";
import { importSite, TransferError } from "../lib/transfer/import.ts";

function usage(message?: string): never {
  if (message) console.error(`import: ${message}\n`);
  console.error("usage: npm run import -- FILE.jsonl.gz [--admin-password PASS] [--database-url URL]\n(to import an XE/Rhymix site, use npm run import:rhymix)");
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({ options: { "admin-password": { type: "string" }, "database-url": { type: "string" } }, allowPositionals: true }, usage);
  if (positionals.length !== 1) usage("name the one export file to read");
  const file = positionals[0]!;
  const adminPassword = values["admin-password"];
  const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
  if (!databaseUrl) usage("DATABASE_URL is not set (or pass --database-url)");
  const started = Date.now();
  await applyMigrations(databaseUrl);
  const result = await importSite({ databaseUrl, file, storage: getStorage(), adminPassword });
  const rows = Object.entries(result.counts).map(([table, n]) => `${table} ${n}`).join(", ");
  console.log(`imported ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rows}; ${result.files} files, ${result.variants} photo variants made`);
  if (!result.passwordHashes) {
    console.log(adminPassword ? "admins can sign in with the password given; other users need a new password (editor → users)." : "the export had no password hashes: no one can sign in yet. Run the import again into an empty database with --admin-password PASS.");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof TransferError && error.hint) console.error(`next: ${error.hint}`);
    process.exit(1);
  },
);

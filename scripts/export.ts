// `npm run export -- out.jsonl.gz [--with-password-hashes] [--database-url URL]`
// Writes the whole site (boards, articles with revisions, schedules, photos' originals, users,
// redirects, old-site mappings) to one file for `npm run import`.
import { parseCommandLine } from "../lib/cli/args.ts";
import { exportSite } from "../lib/transfer/export.ts";
import { getStorage } from "../lib/storage/index.ts";

function usage(message?: string): never {
  if (message) console.error(`export: ${message}\n`);
  console.error("usage: npm run export -- FILE.jsonl.gz [--with-password-hashes] [--database-url URL]");
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    { options: { "with-password-hashes": { type: "boolean", default: false }, "database-url": { type: "string" } }, allowPositionals: true },
    usage,
  );
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) usage("name one file to write");
  const passwordHashes = values["with-password-hashes"];
  const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
  if (!databaseUrl) usage("DATABASE_URL is not set (or pass --database-url)");
  const started = Date.now();
  const result = await exportSite({ databaseUrl, file, storage: getStorage(), passwordHashes });
  const rows = Object.entries(result.counts).map(([table, n]) => `${table} ${n}`).join(", ");
  console.log(`wrote ${file} (${(result.bytes / 1_048_576).toFixed(1)} MiB) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rows}; ${result.files} files`);
  if (!passwordHashes) console.log("users were written without password hashes (--with-password-hashes keeps them); the import can set the admins' password with --admin-password.");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

// Our own export: one gzip'd JSON-lines file with every content table (rows as PostgreSQL's
// row_to_json writes them, so an import restores them column for column) and the original of
// every stored file. Variants are not exported: the import makes them again from the originals.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import pg from "pg";
import type { FileStorage } from "../storage/index.ts";
import { EXPORT_FORMAT, EXPORT_TABLES, EXPORT_VERSION, NO_PASSWORD, type ExportRecord, type TableSpec } from "./tables.ts";

export type ExportOptions = {
  databaseUrl: string;
  file: string;
  storage: FileStorage;
  /** Include users' password hashes (off by default: an export file travels). */
  passwordHashes?: boolean;
  pageSize?: number;
  onProgress?: (message: string) => void;
};

export type ExportResult = { counts: Record<string, number>; files: number; bytes: number };

const MEDIA_PREFIX = "/media/";

type Write = (record: ExportRecord) => Promise<void>;

/** Writes one table in pages, in key order (keyset paging); returns its row count. */
async function exportTable(client: pg.Client, table: TableSpec, options: ExportOptions, write: Write): Promise<number> {
  const pageSize = options.pageSize ?? 2_000;
  let count = 0;
  const key = table.key.map((k) => pg.escapeIdentifier(k)).join(", ");
  let last: unknown[] | null = null;
  for (;;) {
    const where: string = last ? `WHERE (${key}) > (${table.key.map((_, i) => `$${i + 1}`).join(", ")})` : "";
    const page: pg.QueryResult<{ row: Record<string, unknown>; k: unknown[] }> = await client.query(
      `SELECT row_to_json(t) AS row, ARRAY[${table.key.map((k) => `t.${pg.escapeIdentifier(k)}::text`).join(", ")}] AS k
         FROM ${pg.escapeIdentifier(table.name)} t ${where} ORDER BY ${key} LIMIT ${pageSize}`,
      last ?? [],
    );
    const rows = page.rows;
    if (rows.length === 0) break;
    last = rows[rows.length - 1]!.k;
    const data = rows.map((r) => r.row);
    if (table.name === "users" && !options.passwordHashes) for (const row of data) row.password_hash = NO_PASSWORD;
    await write({ type: "rows", table: table.name, rows: data });
    count += rows.length;
    options.onProgress?.(`${table.name}: ${count}`);
  }
  return count;
}

// Originals of photos, and files imported as they were (e.g. an old site's PDFs).
async function exportFiles(client: pg.Client, storage: FileStorage, write: Write): Promise<number> {
  const keys = await client.query<{ key: string }>(
    `SELECT original_key AS key FROM images
     UNION SELECT substr(target_path, ${MEDIA_PREFIX.length + 1}) FROM legacy_ids
      WHERE kind = 'file' AND target_id IS NULL AND target_path LIKE '${MEDIA_PREFIX}%'
     ORDER BY 1`,
  );
  let files = 0;
  for (const { key } of keys.rows) {
    const data = await storage.get(key);
    if (!data) throw new Error(`stored file ${key} is missing: the export would be incomplete`);
    await write({ type: "file", key, data: data.toString("base64") });
    files++;
  }
  return files;
}

export async function exportSite(options: ExportOptions): Promise<ExportResult> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(options.file);
  gzip.pipe(out);
  const write = async (record: ExportRecord) => {
    if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, "drain");
  };
  const counts: Record<string, number> = {};
  try {
    // One snapshot for the whole export: a consistent copy of a site that keeps running.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await client.query<{ name: string }>("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name");
    await write({
      type: "header",
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      migrations: migrations.rows.map((r) => r.name),
      passwordHashes: options.passwordHashes === true,
    });
    for (const table of EXPORT_TABLES) counts[table.name] = await exportTable(client, table, options, write);
    const files = await exportFiles(client, options.storage, write);
    await client.query("COMMIT");
    await write({ type: "end", counts, files });
    gzip.end();
    await once(out, "close");
    return { counts, files, bytes: out.bytesWritten };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

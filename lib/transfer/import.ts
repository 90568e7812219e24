// Our own import: an export file (lib/transfer/export.ts) into an empty database, rows with
// their ids (every /article/{id} keeps its address), in one transaction; files are written
// first and removed again if the transaction fails. Photo variants are made again from the
// originals under the exported keys and sizes, so every page refers to the same URLs.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import sharp from "sharp";
import type { FileStorage } from "../storage/index.ts";
import { hashPassword } from "../auth/password.ts";
import { EXPORT_FORMAT, EXPORT_TABLES, EXPORT_VERSION, NO_PASSWORD, type ExportHeader, type ExportRecord } from "./tables.ts";

export class TransferError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = "TransferError";
  }
}

export type ImportSiteOptions = {
  databaseUrl: string;
  file: string;
  storage: FileStorage;
  /** When the export has no password hashes: give every admin this password (else no one can sign in). */
  adminPassword?: string;
  onProgress?: (message: string) => void;
};

export type ImportSiteResult = { counts: Record<string, number>; files: number; variants: number; passwordHashes: boolean };

async function* records(file: string): AsyncGenerator<ExportRecord> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as ExportRecord;
}

async function makeVariants(db: pg.ClientBase, storage: FileStorage, originals: Map<string, Buffer>, written: string[]): Promise<number> {
  const { rows } = await db.query<{ original_key: string; format: string; width: number; storage_key: string }>(
    "SELECT i.original_key, v.format, v.width, v.storage_key FROM image_variants v JOIN images i ON i.id = v.image_id ORDER BY v.id",
  );
  let made = 0;
  const queue = [...rows];
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      const original = originals.get(row.original_key);
      if (!original) throw new TransferError(`the export has no original for ${row.original_key}`);
      const resized = sharp(original).resize({ width: row.width, withoutEnlargement: true });
      const data =
        row.format === "avif" ? await resized.avif({ quality: 50, effort: 2 }).toBuffer() : row.format === "webp" ? await resized.webp({ quality: 76 }).toBuffer() : await resized.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
      await storage.put(row.storage_key, data, `image/${row.format}`);
      written.push(row.storage_key);
      made++;
    }
  };
  await Promise.all([worker(), worker()]);
  return made;
}

/** Refuses a database that has content; returns the migrations applied to it. */
async function checkTarget(client: pg.ClientBase): Promise<string[]> {
  const present = await client.query<{ n: number }>("SELECT (SELECT count(*) FROM boards) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM users) AS n");
  if (Number(present.rows[0]?.n) > 0) {
    throw new TransferError("the target database is not empty (it has boards, articles or users)", "import into a new database: set DATABASE_URL (or --database-url) to an empty one; `npm run db:migrate` creates it");
  }
  const migrations = await client.query<{ name: string }>("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name");
  return migrations.rows.map((r) => r.name);
}

/** The file's first record: our header, of a format and schema this installation reads. */
function checkHeader(record: ExportRecord, file: string, migrations: string[]): ExportHeader {
  if (record.type !== "header" || record.format !== EXPORT_FORMAT) throw new TransferError(`${file} is not an export of this site (no ${EXPORT_FORMAT} header)`);
  if (record.version > EXPORT_VERSION) throw new TransferError(`${file} is export format ${record.version}; this version reads up to ${EXPORT_VERSION}`, "upgrade this installation first");
  const missing = record.migrations.filter((m) => !migrations.includes(m));
  if (missing.length > 0) throw new TransferError(`the export comes from a newer schema (migrations ${missing.join(", ")} are not applied here)`, "upgrade this installation, run `npm run db:migrate`, then import again");
  return record;
}

/** Bad input (not JSON, no file, not gzip) as a TransferError; anything else as it was. */
function asTransferError(error: unknown, file: string): unknown {
  if (error instanceof SyntaxError) return new TransferError(`${file} is not a valid export (${error.message})`);
  if ((error as NodeJS.ErrnoException).code === "ENOENT") return new TransferError(`${file}: no such file`);
  if ((error as NodeJS.ErrnoException).code === "Z_DATA_ERROR") return new TransferError(`${file} is not a gzip'd export`);
  return error;
}

/** Imports `file` into the (migrated, empty) database. Throws TransferError on bad input. */
export async function importSite(options: ImportSiteOptions): Promise<ImportSiteResult> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const written: string[] = [];
  const originals = new Map<string, Buffer>();
  const counts: Record<string, number> = Object.fromEntries(EXPORT_TABLES.map((t) => [t.name, 0]));
  let header: ExportHeader | null = null;
  let ended = false;
  try {
    await client.query("BEGIN");
    const migrations = await checkTarget(client);
    const known = new Set(EXPORT_TABLES.map((t) => t.name));
    for await (const record of records(options.file)) {
      if (!header) {
        header = checkHeader(record, options.file, migrations);
        continue;
      }
      if (record.type === "rows") {
        if (!known.has(record.table)) throw new TransferError(`unknown table ${record.table} in the export`);
        await client.query(`INSERT INTO ${pg.escapeIdentifier(record.table)} SELECT * FROM json_populate_recordset(NULL::${pg.escapeIdentifier(record.table)}, $1::json)`, [JSON.stringify(record.rows)]);
        counts[record.table] = (counts[record.table] ?? 0) + record.rows.length;
        options.onProgress?.(`${record.table}: ${counts[record.table]}`);
      } else if (record.type === "file") {
        const data = Buffer.from(record.data, "base64");
        await options.storage.put(record.key, data, "application/octet-stream");
        written.push(record.key);
        originals.set(record.key, data);
      } else if (record.type === "end") {
        for (const [table, n] of Object.entries(record.counts)) {
          if ((counts[table] ?? 0) !== n) throw new TransferError(`the export is damaged: ${table} has ${counts[table] ?? 0} rows, its end line says ${n}`);
        }
        ended = true;
      }
    }
    if (!header) throw new TransferError(`${options.file} is empty`);
    if (!ended) throw new TransferError(`${options.file} ends early (no end line): the export was cut off`, "export again and copy the whole file");
    for (const table of EXPORT_TABLES.filter((t) => t.serial)) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${pg.escapeIdentifier(table.name)}), 0) + 1, false)`, [table.name]);
    }
    if (!header.passwordHashes && options.adminPassword) {
      await client.query("UPDATE users SET password_hash = $1, disabled = false WHERE role = 'ADMIN' AND password_hash = $2", [await hashPassword(options.adminPassword), NO_PASSWORD]);
    }
    const variants = await makeVariants(client, options.storage, originals, written);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { counts, files: originals.size, variants, passwordHashes: header.passwordHashes };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await Promise.all(written.map((key) => options.storage.delete(key).catch(() => {})));
    throw asTransferError(error, options.file);
  } finally {
    await client.end().catch(() => {});
  }
}

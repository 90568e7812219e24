import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPool, testDatabaseUrl, testServerUrl, truncateAll } from "../../../setup/db";
import { applyMigrations, dropDatabase, withDatabase } from "@/lib/postgres/schema-engine";
import { seedDemo } from "@/lib/seed";
import { LocalDiskStorage } from "@/lib/storage";
import { exportSite } from "@/lib/transfer/export";
import { importSite, TransferError } from "@/lib/transfer/import";
import { EXPORT_TABLES } from "@/lib/transfer/tables";

// The round trip on the demo newsroom: export, import into an empty database, and every row
// that feeds a public page comes back identical (ids, texts, times, numbering, counts), with
// the same photo URLs; the originals byte for byte.

const NOW = new Date("2026-02-19T05:00:00Z");
const pool = createTestPool();
let work: string;
let source: LocalDiskStorage;
const scratch: string[] = [];

async function scratchDatabase(label: string): Promise<string> {
  const url = withDatabase(testServerUrl(), `localnews_test_transfer_${label}_${Date.now()}`);
  scratch.push(url);
  await applyMigrations(url);
  return url;
}

async function tableRows(url: string, table: (typeof EXPORT_TABLES)[number], omit: string[] = []): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ row: Record<string, unknown> }>(`SELECT row_to_json(t) AS row FROM ${table.name} t ORDER BY ${table.key.join(", ")}`);
    return rows.map(({ row }) => Object.fromEntries(Object.entries(row).filter(([k]) => !omit.includes(k))));
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "transfer-"));
  source = new LocalDiskStorage(path.join(work, "source"));
  await truncateAll(pool);
  await seedDemo(testDatabaseUrl(), { articles: 300, now: NOW, storage: source, imageCount: 2 });
  // A deleted article's tombstone, a moved board and an old site's mapping travel too.
  await pool.query("INSERT INTO redirects (from_path, to_path, status_code) VALUES ('/article/7', '', 410), ('/board/old-news', '/board/news', 301)");
  await pool.query("INSERT INTO legacy_ids (kind, legacy_key, target_id, source_stamp, detail) VALUES ('document', '1001', 8, 'x', '{\"mid\":\"news\"}')");
  // A draft waiting for review (검토 요청) stays one in the copy.
  await pool.query("UPDATE articles SET submitted_at = now() WHERE id = (SELECT min(id) FROM articles WHERE status = 'DRAFT')");
}, 180_000);

afterAll(async () => {
  for (const url of scratch) await dropDatabase(url).catch(() => {});
  await truncateAll(pool);
  await pool.end();
  await rm(work, { recursive: true, force: true });
});

describe("own export and import", () => {
  it("round-trips the demo newsroom into an empty database: same rows, ids, sequences and photo URLs", { timeout: 180_000 }, async () => {
    const file = path.join(work, "site.jsonl.gz");
    const exported = await exportSite({ databaseUrl: testDatabaseUrl(), file, storage: source });
    expect(exported.counts.articles).toBe(300);
    expect(exported.files).toBe(2);

    const target = await scratchDatabase("roundtrip");
    const copy = new LocalDiskStorage(path.join(work, "copy"));
    const imported = await importSite({ databaseUrl: target, file, storage: copy });
    expect(imported.counts).toEqual(exported.counts);
    expect(imported.variants).toBe(18);

    for (const table of EXPORT_TABLES) {
      const omit = table.name === "users" ? ["password_hash"] : [];
      expect(await tableRows(target, table, omit), table.name).toEqual(await tableRows(testDatabaseUrl(), table, omit));
    }
    const submitted = "SELECT id FROM articles WHERE submitted_at IS NOT NULL";
    const copied = new pg.Client({ connectionString: target });
    await copied.connect();
    expect((await copied.query(submitted)).rows).toEqual((await pool.query(submitted)).rows);
    await copied.end();
    expect((await pool.query(submitted)).rowCount).toBe(1);
    // Without --with-password-hashes nobody's hash leaves the site.
    expect(gunzipSync(await readFile(file)).toString()).not.toContain("$argon2");
    const users = await tableRows(target, EXPORT_TABLES[0]!);
    expect(users.every((u) => (u as { password_hash: string }).password_hash === "!")).toBe(true);

    // New rows continue after the imported ids.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const next = await client.query("INSERT INTO boards (slug, name, updated_at) VALUES ('after', '다음', now()) RETURNING id");
    await client.end();
    expect(next.rows[0].id).toBe(Number((await pool.query("SELECT max(id) AS id FROM boards")).rows[0].id) + 1);

    // Photos: originals byte for byte, every variant key a page refers to is there.
    const { rows: images } = await pool.query<{ original_key: string }>("SELECT original_key FROM images");
    for (const { original_key } of images) expect((await copy.get(original_key))?.equals((await source.get(original_key))!)).toBe(true);
    const { rows: variants } = await pool.query<{ storage_key: string }>("SELECT storage_key FROM image_variants");
    for (const { storage_key } of variants) expect(await copy.get(storage_key), storage_key).not.toBeNull();
  });

  it("keeps password hashes when asked, and refuses a database that is not empty", { timeout: 120_000 }, async () => {
    const file = path.join(work, "with-hashes.jsonl.gz");
    await exportSite({ databaseUrl: testDatabaseUrl(), file, storage: source, passwordHashes: true });
    const target = await scratchDatabase("hashes");
    await importSite({ databaseUrl: target, file, storage: new LocalDiskStorage(path.join(work, "copy2")) });
    expect(await tableRows(target, EXPORT_TABLES[0]!)).toEqual(await tableRows(testDatabaseUrl(), EXPORT_TABLES[0]!));

    const again = await importSite({ databaseUrl: target, file, storage: new LocalDiskStorage(path.join(work, "copy3")) }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(TransferError);
    expect((again as TransferError).message).toContain("not empty");
  });

  it("a cut-off file writes nothing", { timeout: 120_000 }, async () => {
    const file = path.join(work, "site.jsonl.gz");
    const lines = gunzipSync(await readFile(file)).toString().split("\n");
    const cut = path.join(work, "cut.jsonl.gz");
    await writeFile(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
    const target = await scratchDatabase("cut");
    const storage = new LocalDiskStorage(path.join(work, "copy4"));
    const error = await importSite({ databaseUrl: target, file: cut, storage }).catch((e: unknown) => e);
    expect((error as Error).message).toContain("ends early");
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const { rows } = await client.query("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM boards) AS n");
    await client.end();
    expect(Number(rows[0].n)).toBe(0);
  });
});

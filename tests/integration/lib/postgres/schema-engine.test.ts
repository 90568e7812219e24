import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  applyMigrations,
  createMigration,
  databaseExists,
  diffSchemaAgainstMigrations,
  dropDatabase,
  withDatabase,
} from "@/lib/postgres/schema-engine";
import { createTestPool, testServerUrl, truncateAll } from "../../../setup/db";

async function migrationDirs(): Promise<string[]> {
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("migrations on the run's database", () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = createTestPool();
  });
  afterAll(async () => {
    await truncateAll(pool);
    await pool.end();
  });

  it("recorded every migration with the checksum of its migration.sql", async () => {
    const dirs = await migrationDirs();
    expect(dirs.length).toBeGreaterThan(0);
    const { rows } = await pool.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(dirs);
    for (const row of rows) {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(sha256(sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("has pg_trgm, and the trigram indexes serve Korean substring search", async () => {
    const ext = await pool.query("SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm'");
    expect(ext.rowCount).toBe(1);

    await truncateAll(pool);
    const { rows: [board] } = await pool.query<{ id: number }>(
      `INSERT INTO boards (slug, name, updated_at) VALUES ('news', '뉴스', now()) RETURNING id`,
    );
    // 3,000 articles, every 100th about the public medical school act.
    await pool.query(
      `INSERT INTO articles (board_id, title, body_text, author_name, updated_at)
       SELECT $1,
              CASE WHEN g % 100 = 0 THEN '국회 공공의대법 통과 ' || g ELSE '남원시 소식 ' || g || '호' END,
              CASE WHEN g % 100 = 50 THEN '시민들은 공공의대 설립을 환영했다. ' || g ELSE '오늘의 지역 뉴스 본문 ' || g END,
              '편집부', now()
         FROM generate_series(1, 3000) AS g`,
      [board!.id],
    );
    await pool.query("ANALYZE articles");

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = async (sql: string) =>
        (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`)).rows
          .map((r) => r["QUERY PLAN"])
          .join("\n");
      expect(await plan("SELECT id FROM articles WHERE title ILIKE '%공공의대%'")).toContain(
        "articles_title_trgm_idx",
      );
      expect(await plan("SELECT id FROM articles WHERE body_text ILIKE '%공공의대%'")).toContain(
        "articles_body_text_trgm_idx",
      );
      const hits = await client.query(
        "SELECT id FROM articles WHERE title ILIKE '%공공의대%' OR body_text ILIKE '%공공의대%'",
      );
      expect(hits.rowCount).toBe(60);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });
});

describe("applyMigrations on a new database", () => {
  const url = withDatabase(testServerUrl(), `localnews_mig_${Date.now()}_${process.pid}`);
  afterAll(async () => {
    await dropDatabase(url);
  });

  it("creates the database, applies everything, and a second run is a no-op", async () => {
    expect(await databaseExists(url)).toBe(false);
    const started = performance.now();
    const first = await applyMigrations(url);
    const firstMs = performance.now() - started;
    expect(first).toEqual(await migrationDirs());
    expect(await databaseExists(url)).toBe(true);

    const second = await applyMigrations(url);
    expect(second).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM _prisma_migrations");
      expect(Number(rows[0]!.n)).toBe(first.length);
    } finally {
      await client.end();
    }
    // Generous bound: it is ~0.2 s here; a regression to seconds means something waits.
    expect(firstMs).toBeLessThan(10_000);
  });

  it("fails loudly on a migration that does not apply, and records it as failed", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "localnews-bad-migrations-"));
    const badUrl = withDatabase(testServerUrl(), `localnews_bad_${Date.now()}_${process.pid}`);
    try {
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      await mkdir(path.join(dir, "29991231000000_broken"));
      // The valid statement must not stay behind: a migration applies whole or not at all.
      await writeFile(path.join(dir, "29991231000000_broken", "migration.sql"), "CREATE TABLE broken_probe (id int);\nSELEC 1;");
      await expect(applyMigrations(badUrl, dir)).rejects.toThrow(/syntax error/);
      const client = new pg.Client({ connectionString: badUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ finished_at: Date | null }>(
          "SELECT finished_at FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'",
        );
        expect(rows).toHaveLength(1);
        expect(rows[0]!.finished_at).toBeNull();
        const probe = await client.query("SELECT to_regclass('broken_probe') AS t");
        expect(probe.rows[0].t).toBeNull();
      } finally {
        await client.end();
      }
    } finally {
      await dropDatabase(badUrl);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("drift between schema.prisma and prisma/migrations", () => {
  it("is none: the migrations create exactly what the schema describes", async () => {
    const diff = await diffSchemaAgainstMigrations({ serverUrl: testServerUrl() });
    expect(diff.script.trim(), "run `npm run db:migration:new -- <name>`").toMatch(/^(--[^\n]*\n?)*$/);
    expect(diff.hasChanges).toBe(false);
  });

  it("is reported for a schema with a column the migrations lack", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "localnews-drift-"));
    try {
      const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");
      const modified = schema.replace(
        /(model Board \{\n)/,
        `$1  driftProbe  Int?  @map("drift_probe")\n`,
      );
      expect(modified).not.toBe(schema);
      const schemaPath = path.join(dir, "schema.prisma");
      await writeFile(schemaPath, modified);
      const diff = await diffSchemaAgainstMigrations({ serverUrl: testServerUrl(), schemaPath });
      expect(diff.hasChanges).toBe(true);
      expect(diff.script).toMatch(/ALTER TABLE "boards" ADD COLUMN\s+"drift_probe" INTEGER/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("createMigration (npm run db:migration:new)", () => {
  it("writes the difference as a new migration, and nothing when there is none", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "localnews-new-migration-"));
    try {
      const migrationsDir = path.join(dir, "migrations");
      await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
      expect(await createMigration("nothing", { serverUrl: testServerUrl(), migrationsDir })).toBeNull();

      const schemaPath = path.join(dir, "schema.prisma");
      const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");
      await writeFile(schemaPath, schema.replace(/(model Redirect \{\n)/, `$1  note  String?\n`));
      const created = await createMigration("add_note", {
        serverUrl: testServerUrl(),
        migrationsDir,
        schemaPath,
        now: new Date("2030-01-02T03:04:05Z"),
      });
      expect(created?.name).toBe("20300102030405_add_note");
      const sql = await readFile(path.join(migrationsDir, "20300102030405_add_note", "migration.sql"), "utf8");
      expect(sql).toMatch(/ALTER TABLE "redirects" ADD COLUMN\s+"note" TEXT/);
      // Now the migrations match the modified schema.
      expect((await diffSchemaAgainstMigrations({ serverUrl: testServerUrl(), migrationsDir, schemaPath })).hasChanges).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the submitted_at migration", () => {
  it("backfills 검토 요청 from the audit log, for drafts only", async () => {
    const name = "20261130110500_article_submitted_at";
    const dir = await mkdtemp(path.join(os.tmpdir(), "localnews-before-submitted-"));
    const url = withDatabase(testServerUrl(), `localnews_submitted_${Date.now()}_${process.pid}`);
    const client = new pg.Client({ connectionString: url });
    try {
      const before = (await migrationDirs()).filter((dir) => dir < name);
      for (const migration of before) await cp(path.join(DEFAULT_MIGRATIONS_DIR, migration), path.join(dir, migration), { recursive: true });
      await cp(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
      await applyMigrations(url, dir);
      await client.connect();
      await client.query(`INSERT INTO boards (id, slug, name, updated_at) VALUES (1, 'news', '뉴스', now())`);
      await client.query(
        `INSERT INTO articles (id, board_id, title, author_name, status, published_at, updated_at) VALUES
           (1, 1, 'submitted draft', 'a', 'DRAFT', NULL, now()),
           (2, 1, 'plain draft', 'a', 'DRAFT', NULL, now()),
           (3, 1, 'submitted, then published', 'a', 'PUBLISHED', now(), now())`,
      );
      await client.query(
        `INSERT INTO audit_logs (action, target_type, target_id, created_at) VALUES
           ('article.submit', 'article', '1', '2026-11-01T00:00:00Z'),
           ('article.submit', 'article', '1', '2026-11-02T00:00:00Z'),
           ('article.publish', 'article', '2', '2026-11-02T00:00:00Z'),
           ('article.submit', 'article', '3', '2026-11-02T00:00:00Z')`,
      );
      expect(await applyMigrations(url)).toContain(name);
      const { rows } = await client.query<{ id: number; submitted_at: Date | null }>("SELECT id, submitted_at FROM articles ORDER BY id");
      expect(rows).toEqual([
        { id: 1, submitted_at: new Date("2026-11-02T00:00:00Z") },
        { id: 2, submitted_at: null },
        { id: 3, submitted_at: null },
      ]);
    } finally {
      await client.end().catch(() => {});
      await dropDatabase(url);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

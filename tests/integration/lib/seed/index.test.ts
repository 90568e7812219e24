import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPool, createTestPrisma, testDatabaseUrl, truncateAll } from "../../../setup/db";
import { seedDemo, generateArticles, DEMO_USERS, BOARDS } from "@/lib/seed";
import { renumberBoard } from "@/lib/articles/board-seq";
import { verifyPassword } from "@/lib/auth/password";
import { LocalDiskStorage } from "@/lib/storage";
import { parseScheduleLine } from "@/lib/schedule/parse";
import { formatScheduleLine } from "@/lib/schedule/format";
import { sanitizeArticleHtml } from "@/lib/articles/sanitize";
import { htmlToText, makeExcerpt } from "@/lib/articles/text";

const NOW = new Date("2026-02-19T05:00:00Z"); // a Thursday, 14:00 in Seoul
const ARTICLES = 300;

// Rows whose board_seq differs from the invariant: PUBLISHED and not pinned → 1..N by
// (published_at, id) per board; everything else NULL.
const SEQ_VIOLATIONS = `
  SELECT count(*)::int AS n FROM (
    SELECT board_seq,
           CASE WHEN status = 'PUBLISHED' AND NOT pinned
                THEN row_number() OVER (PARTITION BY board_id, (status = 'PUBLISHED' AND NOT pinned) ORDER BY published_at, id)
           END AS expected
    FROM articles) s
  WHERE board_seq IS DISTINCT FROM expected`;

describe("demo newsroom seed", () => {
  let pool: pg.Pool;
  let storageDir: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    pool = createTestPool();
    await truncateAll(pool);
    storageDir = await mkdtemp(path.join(tmpdir(), "seed-test-"));
    storage = new LocalDiskStorage(storageDir);
  });

  afterAll(async () => {
    await truncateAll(pool);
    await pool.end();
    await rm(storageDir, { recursive: true, force: true });
  });

  it("seeds boards, articles, schedules, photos and users into an empty database", { timeout: 180_000 }, async () => {
    const result = await seedDemo(testDatabaseUrl(), { articles: ARTICLES, now: NOW, storage, imageCount: 2 });
    expect(result.seeded).toBe(true);
    expect(result.articles).toBe(ARTICLES);

    const boards = (await pool.query<{ slug: string; kind: string; n: number; published: number }>(
      `SELECT b.slug, b.kind, count(a.id)::int AS n, count(a.id) FILTER (WHERE a.status = 'PUBLISHED')::int AS published
       FROM boards b LEFT JOIN articles a ON a.board_id = b.id GROUP BY b.id ORDER BY b.sort_order`,
    )).rows;
    expect(boards.length).toBeGreaterThanOrEqual(8);
    expect(boards.map((b) => b.slug)).toEqual(BOARDS.map((b) => b.slug));
    for (const b of boards) expect(b.published, b.slug).toBeGreaterThan(0);
    expect(boards.reduce((sum, b) => sum + b.n, 0)).toBe(ARTICLES);
    expect(boards.find((b) => b.slug === "schedule")?.kind).toBe("SCHEDULE");
    expect(boards.find((b) => b.slug === "notice")?.kind).toBe("NOTICE");

    // Every published article has a body, plain text and a ~200-character excerpt.
    const bad = await pool.query(
      `SELECT id FROM articles WHERE body = '' OR body_text = '' OR excerpt = '' OR body_text LIKE '%<p>%'
         OR char_length(excerpt) > 201 OR (status = 'PUBLISHED' AND published_at > $1)`,
      [NOW],
    );
    expect(bad.rowCount).toBe(0);
    const drafts = await pool.query("SELECT id FROM articles WHERE status = 'DRAFT'");
    expect(drafts.rowCount).toBeGreaterThan(0);

    // Substring search material.
    const search = await pool.query("SELECT id FROM articles WHERE title LIKE '%공공의대법%' OR body_text LIKE '%공공의대법%'");
    expect(search.rowCount).toBeGreaterThanOrEqual(3);

    const pinned = await pool.query<{ slug: string }>("SELECT b.slug FROM articles a JOIN boards b ON b.id = a.board_id WHERE a.pinned");
    expect(pinned.rowCount).toBeGreaterThan(0);
    expect(new Set(pinned.rows.map((r) => r.slug))).toEqual(new Set(["notice"]));

    const views = await pool.query<{ n: number; max: number }>("SELECT count(*)::int AS n, max(view_count)::int AS max FROM articles");
    expect(views.rows[0]?.max).toBeLessThanOrEqual(5000);
    const daily = await pool.query<{ n: number; days: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT day)::int AS days FROM article_daily_views WHERE day > $1::date - 30",
      ["2026-02-19"],
    );
    expect(daily.rows[0]?.n).toBeGreaterThan(0);
    expect(daily.rows[0]?.days).toBeGreaterThan(5);
  });

  it("keeps the boardSeq invariant in every board", async () => {
    expect((await pool.query<{ n: number }>(SEQ_VIOLATIONS)).rows[0]?.n).toBe(0);
    const perBoard = await pool.query<{ n: number; max: number; distinct: number }>(
      `SELECT count(*)::int AS n, max(board_seq)::int AS max, count(DISTINCT board_seq)::int AS distinct
       FROM articles WHERE status = 'PUBLISHED' AND NOT pinned GROUP BY board_id`,
    );
    for (const row of perBoard.rows) {
      expect(row.max).toBe(row.n);
      expect(row.distinct).toBe(row.n);
    }
  });

  it("writes daily schedule posts with 3–10 parseable entries each", async () => {
    const posts = (await pool.query<{ id: number; title: string; body_text: string; n: number; day: string }>(
      `SELECT a.id, a.title, a.body_text, count(e.id)::int AS n, min(e.date)::text AS day
       FROM articles a JOIN boards b ON b.id = a.board_id LEFT JOIN schedule_entries e ON e.article_id = a.id
       WHERE b.slug = 'schedule' GROUP BY a.id ORDER BY a.id`,
    )).rows;
    expect(posts.length).toBeGreaterThan(20);
    for (const p of posts) {
      expect(p.n, p.title).toBeGreaterThanOrEqual(3);
      expect(p.n, p.title).toBeLessThanOrEqual(10);
      expect(p.title).toMatch(/^\[한빛시 오늘의 주요일정\] - \d{1,2}월 \d{1,2}일 [월화수목금]요일$/);
      expect(p.body_text.split("\n").every((line) => line.startsWith("▲ "))).toBe(true);
    }
    // The newest post is today's (a weekday).
    expect(posts[posts.length - 1]?.day).toBe("2026-02-19");

    const entries = (await pool.query<{ time: string; event: string; place: string | null; attendees: string | null; department: string | null; host: string | null }>(
      "SELECT time, event, place, attendees, department, host FROM schedule_entries",
    )).rows;
    expect(entries.some((e) => e.host === "시 장")).toBe(true);
    expect(entries.some((e) => e.host === null)).toBe(true);
    for (const e of entries) {
      const parsed = parseScheduleLine(formatScheduleLine(e));
      expect(parsed.ok && parsed.entry).toEqual(e);
    }
  });

  it("stores photos through FileStorage with variants, and uses them as lead images", async () => {
    const images = (await pool.query<{ id: number; original_key: string; alt: string; variants: number }>(
      `SELECT i.id, i.original_key, i.alt, count(v.id)::int AS variants FROM images i LEFT JOIN image_variants v ON v.image_id = i.id GROUP BY i.id`,
    )).rows;
    expect(images.length).toBe(2);
    for (const img of images) {
      expect(img.alt.length).toBeGreaterThan(0);
      expect(img.variants).toBe(9);
      expect((await storage.get(img.original_key))?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    }
    const variant = (await pool.query<{ storage_key: string; bytes: number }>("SELECT storage_key, bytes FROM image_variants WHERE format = 'avif' LIMIT 1")).rows[0];
    expect((await storage.get(variant?.storage_key ?? ""))?.byteLength).toBe(variant?.bytes);
    const photos = await pool.query<{ body: string; lead_image_id: number }>("SELECT body, lead_image_id FROM articles WHERE lead_image_id IS NOT NULL");
    expect(photos.rowCount).toBeGreaterThan(5);
    for (const p of photos.rows) expect(p.body).toContain(`data-image-id="${p.lead_image_id}"`);
  });

  it("creates the demo users with verifiable passwords", async () => {
    const users = (await pool.query<{ login_id: string; role: string; password_hash: string }>("SELECT login_id, role, password_hash FROM users ORDER BY id")).rows;
    expect(users.map((u) => [u.login_id, u.role])).toEqual(DEMO_USERS.map((u) => [u.loginId, u.role]));
    for (const u of users) {
      expect(u.password_hash.startsWith("$argon2id$")).toBe(true);
      expect(await verifyPassword(u.password_hash, process.env.DEMO_PASSWORD ?? "demo1234!")).toBe(true);
      expect(await verifyPassword(u.password_hash, "wrong password")).toBe(false);
    }
  });

  it("does nothing when run again", async () => {
    const before = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM articles")).rows[0]?.n;
    const again = await seedDemo(testDatabaseUrl(), { articles: ARTICLES, now: NOW, storage, imageCount: 2 });
    expect(again.seeded).toBe(false);
    expect(again.articles).toBe(0);
    expect((await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM articles")).rows[0]?.n).toBe(before);
    expect((await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM boards")).rows[0]?.n).toBe(BOARDS.length);
  });

  it("renumberBoard restores the invariant after publishing changes (pg and Prisma)", async () => {
    const board = (await pool.query<{ id: number }>("SELECT id FROM boards WHERE slug = 'news'")).rows[0]?.id ?? 0;
    // Unpublish the oldest, pin another, and make a draft published "now".
    await pool.query(
      `UPDATE articles SET status = 'UNPUBLISHED' WHERE id = (SELECT id FROM articles WHERE board_id = $1 AND board_seq = 1)`,
      [board],
    );
    await pool.query(`UPDATE articles SET pinned = true WHERE id = (SELECT id FROM articles WHERE board_id = $1 AND board_seq = 5)`, [board]);
    expect((await pool.query<{ n: number }>(SEQ_VIOLATIONS)).rows[0]?.n).toBeGreaterThan(0);
    expect(await renumberBoard(pool, board)).toBeGreaterThan(0);
    expect((await pool.query<{ n: number }>(SEQ_VIOLATIONS)).rows[0]?.n).toBe(0);
    expect(await renumberBoard(pool)).toBe(0);

    const prisma = createTestPrisma();
    try {
      const draft = (await pool.query<{ id: number; board_id: number }>("SELECT id, board_id FROM articles WHERE status = 'DRAFT' LIMIT 1")).rows[0];
      await pool.query("UPDATE articles SET status = 'PUBLISHED', published_at = $2 WHERE id = $1", [draft?.id, NOW]);
      const changed = await prisma.$transaction((tx) => renumberBoard(tx, draft?.board_id));
      expect(changed).toBe(1);
      expect((await pool.query<{ n: number }>(SEQ_VIOLATIONS)).rows[0]?.n).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("bulk load mode", () => {
  // Indexes, constraints and their definitions, to compare before and after a bulk load.
  const SCHEMA_SQL = `
    SELECT 'index ' || indexname || ': ' || indexdef AS item FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT 'constraint ' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    ORDER BY 1`;

  it("drops and restores indexes and foreign keys exactly as the migrations define them", { timeout: 180_000 }, async () => {
    const pool = createTestPool();
    try {
      await truncateAll(pool);
      const before = (await pool.query<{ item: string }>(SCHEMA_SQL)).rows.map((r) => r.item);
      expect(before.some((i) => i.includes("gin_trgm_ops"))).toBe(true);
      const result = await seedDemo(testDatabaseUrl(), { articles: 200, now: NOW, images: false, bulk: true });
      expect(result.seeded).toBe(true);
      expect((await pool.query<{ item: string }>(SCHEMA_SQL)).rows.map((r) => r.item)).toEqual(before);
      expect((await pool.query<{ n: number }>(SEQ_VIOLATIONS)).rows[0]?.n).toBe(0);
      // The id sequence continues after the explicitly numbered rows.
      const next = await pool.query<{ id: number }>(
        `INSERT INTO articles (board_id, title, author_name, updated_at) SELECT id, 't', 'a', now() FROM boards LIMIT 1 RETURNING id`,
      );
      expect(next.rows[0]?.id).toBe(201);
    } finally {
      await truncateAll(pool);
      await pool.end();
    }
  });
});

describe("demo content generator", () => {
  const opts = { articles: 400, seed: 7, now: NOW, city: "한빛시", siteName: "한빛넷" };

  it("is deterministic: same seed and anchor, same articles", () => {
    const a = [...generateArticles(opts)];
    const b = [...generateArticles(opts)];
    expect(a.map((x) => x.title)).toEqual(b.map((x) => x.title));
    expect(a.map((x) => x.body)).toEqual(b.map((x) => x.body));
    expect(a.map((x) => x.publishedAt?.getTime())).toEqual(b.map((x) => x.publishedAt?.getTime()));
    const c = [...generateArticles({ ...opts, seed: 8 })];
    expect(c.map((x) => x.title)).not.toEqual(a.map((x) => x.title));
  });

  it("covers five years ending at the anchor, weekday-heavy, in publish order", () => {
    const all = [...generateArticles({ ...opts, articles: 3000 })];
    const published = all.filter((a) => a.publishedAt);
    const times = published.map((a) => a.publishedAt?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    const years = (NOW.getTime() - Math.min(...times)) / (365.25 * 86_400_000);
    expect(years).toBeGreaterThan(4.9);
    expect(years).toBeLessThanOrEqual(5);
    const weekday = (a: (typeof all)[number]) => new Date((a.publishedAt?.getTime() ?? 0) + 9 * 3_600_000).getUTCDay();
    const weekend = published.filter((a) => weekday(a) === 0 || weekday(a) === 6).length;
    expect(weekend / published.length).toBeLessThan(0.15);
  });

  it("writes bodies that are already sanitized, with bodyText and excerpt derived from them", () => {
    for (const a of generateArticles({ ...opts, articles: 800 })) {
      expect(sanitizeArticleHtml(a.body)).toBe(a.body);
      expect(a.bodyText).toBe(htmlToText(a.body));
      expect(a.excerpt).toBe(makeExcerpt(a.bodyText, 200));
    }
  });

  it("names the city it is given", () => {
    const titles = [...generateArticles({ ...opts, city: "남원시", siteName: "남원넷" })].map((a) => a.title).join("\n");
    expect(titles).toContain("남원시");
    expect(titles).not.toContain("한빛시");
  });
});

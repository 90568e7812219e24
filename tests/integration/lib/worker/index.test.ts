import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { createTestPool, truncateAll } from "../../../setup/db";
import { startRedisServer, type RedisServer } from "../../../../scripts/services/redis";

// The worker's jobs against the real database and a private Redis: what several workers at
// once must not do twice, and how a publish made outside any request reaches the shared cache.

const pool = createTestPool();
let redis: RedisServer;
let worker: typeof import("@/lib/worker/index");
let service: typeof import("@/lib/articles/service");
let store: import("@/lib/cache/store.mjs").CacheStore;
let prisma: typeof import("@/lib/db").prisma;
let editorActor: { id: number; role: "EDITOR"; displayName: string };
let boardId: number;

beforeAll(async () => {
  redis = await startRedisServer();
  process.env.REDIS_URL = redis.url;
  process.env.CACHE_KEY_PREFIX = `worker-test-${randomUUID().slice(0, 8)}:`;
  worker = await import("@/lib/worker/index");
  service = await import("@/lib/articles/service");
  (await import("@/lib/articles/transaction")).setInvalidator(() => {});
  store = (await import("@/lib/cache/store.mjs")).sharedCacheStore();
  prisma = (await import("@/lib/db")).prisma;
});

afterAll(async () => {
  await store.close();
  await redis.stop();
  await pool.end();
  delete process.env.REDIS_URL;
});

beforeEach(async () => {
  await truncateAll(pool);
  const user = await prisma.user.create({ data: { loginId: "editor", displayName: "박편집", role: "EDITOR", passwordHash: "x" } });
  editorActor = { id: user.id, role: "EDITOR", displayName: user.displayName };
  boardId = (await prisma.board.create({ data: { slug: "news", name: "뉴스" } })).id;
});

async function schedule(title: string, at: Date): Promise<number> {
  const result = await service.createArticle(editorActor, { title, boardId, body: "<p>예약 기사</p>" }, { intent: "schedule", scheduledAt: at });
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

describe("scheduled publishing", () => {
  it("publishes each due post once when two workers run at the same moment", async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => schedule(`예약 ${i}`, new Date(Date.now() - 1_000))));
    const counts = await Promise.all([worker.publishDue(), worker.publishDue(), worker.publishDue()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ids.length);
    const { rows } = await pool.query<{ status: string; n: number }>("SELECT status, count(*)::int AS n FROM articles GROUP BY status");
    expect(rows).toEqual([{ status: "PUBLISHED", n: ids.length }]);
    const audits = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_logs WHERE action = 'article.publish'");
    expect(audits.rows[0]!.n).toBe(ids.length);
    // Board numbering stays dense: 1..12, each once.
    const seqs = await pool.query<{ board_seq: number }>("SELECT board_seq FROM articles ORDER BY board_seq");
    expect(seqs.rows.map((r) => r.board_seq)).toEqual(ids.map((_, i) => i + 1));
  });

  it("expires the published post's tags in the shared cache, for every server", async () => {
    const id = await schedule("예약 발행", new Date(Date.now() - 1_000));
    const { now } = await store.read("build:/", []);
    await store.write("build:/", { html: "old home" }, ["articles"], now, 60);
    await store.write(`build:/article/${id}`, { html: "old" }, [`article:${id}`], now, 60);
    await store.write("build:/other", { html: "unrelated" }, ["board:other"], now, 60);
    expect(await worker.publishDue()).toBe(1);
    expect((await store.read("build:/", [])).entry).toBeNull();
    expect((await store.read(`build:/article/${id}`, [])).entry).toBeNull();
    expect((await store.read("build:/other", [])).entry).not.toBeNull();
  });

  it("wakes at the post's time, told by a notification rather than by polling", async () => {
    const running = worker.startWorker({ schedulerMaxSleepMs: 60_000, viewFoldMs: 60_000, sitemapRefreshMs: 3_600_000, log: () => {} });
    try {
      // Give the worker time to start listening, then schedule 1.5 s ahead.
      await expect.poll(async () => (await pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'LISTEN%'")).rows[0].n, { timeout: 5_000 }).toBeGreaterThan(0);
      const due = new Date(Date.now() + 1_500);
      const id = await schedule("알림으로 깨우기", due);
      let publishedAt = 0;
      await expect
        .poll(
          async () => {
            const { rows } = await pool.query<{ status: string }>("SELECT status FROM articles WHERE id = $1", [id]);
            if (rows[0]?.status === "PUBLISHED") publishedAt = Date.now();
            return rows[0]?.status;
          },
          { timeout: 10_000, interval: 20 },
        )
        .toBe("PUBLISHED");
      const late = publishedAt - due.getTime();
      console.log(`worker published ${late} ms after the due time`);
      expect(late).toBeGreaterThanOrEqual(-50);
      expect(late).toBeLessThan(500);
    } finally {
      await running.stop();
    }
  });
});

describe("sitemap refresh", () => {
  it("stores each id range's newest edit, and reports whether anything changed", async () => {
    const { refreshSitemapChunks } = await import("@/lib/sitemaps/queries");
    await pool.query(
      `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
       SELECT $1, '기사 ' || g, '편집부', 'PUBLISHED', now(), timestamp '2025-01-01' + g * interval '1 minute', now()
         FROM generate_series(1, 2500) g`,
      [boardId],
    );
    expect(await Promise.all([refreshSitemapChunks(), refreshSitemapChunks()])).toContain(true);
    const { rows } = await pool.query<{ chunk: number; articles: number }>("SELECT chunk, articles FROM sitemap_chunks ORDER BY chunk");
    expect(rows).toEqual([
      { chunk: 1, articles: 1000 },
      { chunk: 2, articles: 1000 },
      { chunk: 3, articles: 500 },
    ]);
    expect(await refreshSitemapChunks()).toBe(false);
    await pool.query("UPDATE articles SET status = 'UNPUBLISHED' WHERE id > 2000");
    expect(await refreshSitemapChunks()).toBe(true);
    expect((await pool.query("SELECT chunk FROM sitemap_chunks ORDER BY chunk")).rows.map((r) => r.chunk)).toEqual([1, 2]);
  });
});

describe("most-read ranking", () => {
  it("is recomputed by the worker, which expires the block in the shared cache when it changes", async () => {
    const { seoulDay } = await import("@/lib/time");
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
       VALUES ($1, '화제의 기사', '편집부', 'PUBLISHED', now(), now(), now()) RETURNING id`,
      [boardId],
    );
    await pool.query("INSERT INTO article_daily_views (article_id, day, views) VALUES ($1, $2, 42)", [rows[0]!.id, seoulDay()]);
    const { now } = await store.read("build:/most-read-page", []);
    await store.write("build:/most-read-page", { html: "old ranking" }, ["most-read"], now, 60);
    const running = worker.startWorker({ schedulerMaxSleepMs: 60_000, viewFoldMs: 60_000, sitemapRefreshMs: 3_600_000, mostReadMs: 60_000, log: () => {} });
    try {
      await expect.poll(async () => (await store.read("build:/most-read-page", [])).entry, { timeout: 5_000 }).toBeNull();
      const ranked = await pool.query("SELECT period, rank, article_id, views FROM most_read_articles ORDER BY period");
      expect(ranked.rows).toEqual([
        { period: "day", rank: 1, article_id: rows[0]!.id, views: 42 },
        { period: "week", rank: 1, article_id: rows[0]!.id, views: 42 },
      ]);
    } finally {
      await running.stop();
    }
  });
});

describe("cleanup (audit: failed_logins and login_sessions never cleaned)", () => {
  it("deletes failures, sessions and view windows that can no longer matter, and keeps the rest", async () => {
    const now = new Date("2026-03-02T12:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const DAY = 24 * 3600_000;
    const userId = editorActor.id;
    await prisma.failedLogin.createMany({
      data: [
        { loginId: "a", ip: "10.0.0.1", createdAt: ago(DAY) },
        { loginId: "a", ip: "10.0.0.1", createdAt: ago(60_000) },
      ],
    });
    const session = (id: string, fields: { expiresAt: Date; revokedAt?: Date }) =>
      prisma.loginSession.create({ data: { id, userId, sessionVersion: 0, lastSeenAt: ago(DAY), createdAt: ago(40 * DAY), ...fields } });
    await session("expired-long-ago", { expiresAt: ago(31 * DAY) });
    await session("revoked-long-ago", { expiresAt: new Date(now.getTime() + DAY), revokedAt: ago(31 * DAY) });
    await session("expired-yesterday", { expiresAt: ago(DAY) });
    await session("alive", { expiresAt: new Date(now.getTime() + DAY) });
    await pool.query("INSERT INTO view_windows (article_id, client, until) VALUES (1, 'old', $1), (1, 'open', $2)", [ago(1000), new Date(now.getTime() + 60_000)]);

    const removed = await worker.cleanUp(now);
    expect(removed).toEqual({ failedLogins: 1, sessions: 2, viewWindows: 1 });
    expect((await prisma.failedLogin.findMany()).map((r) => r.createdAt)).toEqual([ago(60_000)]);
    expect((await prisma.loginSession.findMany({ orderBy: { id: "asc" } })).map((r) => r.id)).toEqual(["alive", "expired-yesterday"]);
    expect((await pool.query("SELECT client FROM view_windows")).rows).toEqual([{ client: "open" }]);
  });
});

describe("one pass of each job (npm run worker -- --once <job>), on two workers at once", () => {
  async function article(title: string): Promise<number> {
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
       VALUES ($1, $2, '편집부', 'PUBLISHED', now(), now(), now()) RETURNING id`,
      [boardId, title],
    );
    return rows[0]!.id;
  }

  /** A shared-cache entry under `tag`, stored before the pass; null once the pass expired it. */
  async function cachedUnder(tag: string): Promise<() => Promise<unknown>> {
    const key = `build:/cached-under-${tag}`;
    const { now } = await store.read(key, []);
    await store.write(key, { html: "before the pass" }, [tag], now, 60);
    return async () => (await store.read(key, [])).entry;
  }

  it("lists exactly the jobs tested here", () => {
    expect(Object.keys(worker.ONCE_JOBS).sort()).toEqual(["cleanup", "most-read", "publish", "sitemaps", "views"]);
  });

  it("publish: each due post once, the board's numbering dense", async () => {
    await Promise.all([schedule("예약 1", new Date(Date.now() - 1_000)), schedule("예약 2", new Date(Date.now() - 500))]);
    const counts = await Promise.all([worker.ONCE_JOBS.publish!(), worker.ONCE_JOBS.publish!()]);
    expect(counts.reduce((a, b) => Number(a) + Number(b), 0)).toBe(2);
    const { rows } = await pool.query<{ status: string; board_seq: number }>("SELECT status, board_seq FROM articles ORDER BY board_seq");
    expect(rows).toEqual([
      { status: "PUBLISHED", board_seq: 1 },
      { status: "PUBLISHED", board_seq: 2 },
    ]);
  });

  it("views: every recorded view is folded into the counters exactly once", async () => {
    const id = await article("많이 읽힌 기사");
    await pool.query(
      `INSERT INTO article_view_events (article_id, day, request_id)
       SELECT $1, date '2026-03-02' + (g % 2), 'req-' || g FROM generate_series(1, 30) g`,
      [id],
    );
    const folded = await Promise.all([worker.ONCE_JOBS.views!(), worker.ONCE_JOBS.views!()]);
    expect(folded.reduce((a, b) => Number(a) + Number(b), 0)).toBe(30);
    expect((await pool.query("SELECT view_count FROM articles WHERE id = $1", [id])).rows).toEqual([{ view_count: 30 }]);
    const daily = await pool.query("SELECT to_char(day, 'YYYY-MM-DD') AS day, views FROM article_daily_views ORDER BY day");
    expect(daily.rows).toEqual([
      { day: "2026-03-02", views: 15 },
      { day: "2026-03-03", views: 15 },
    ]);
    expect((await pool.query("SELECT count(*)::int AS n FROM article_view_events")).rows).toEqual([{ n: 0 }]);
  });

  it("most-read: one ranking, the block expired once it changed, and no change the second time", async () => {
    const { seoulDay } = await import("@/lib/time");
    const hot = await article("화제의 기사");
    const cold = await article("조용한 기사");
    await pool.query("INSERT INTO article_daily_views (article_id, day, views) VALUES ($1, $3, 42), ($2, $3, 7)", [hot, cold, seoulDay()]);
    const block = await cachedUnder("most-read");
    const changed = await Promise.all([worker.ONCE_JOBS["most-read"]!(), worker.ONCE_JOBS["most-read"]!()]);
    expect(changed).toContain(true);
    expect(await block()).toBeNull();
    const ranked = await pool.query("SELECT period, rank, article_id FROM most_read_articles ORDER BY period, rank");
    expect(ranked.rows).toEqual([
      { period: "day", rank: 1, article_id: hot },
      { period: "day", rank: 2, article_id: cold },
      { period: "week", rank: 1, article_id: hot },
      { period: "week", rank: 2, article_id: cold },
    ]);
    const unchanged = await cachedUnder("most-read");
    expect(await worker.ONCE_JOBS["most-read"]!()).toBe(false);
    expect(await unchanged()).not.toBeNull();
  });

  it("sitemaps: each id range stored once, the sitemap index expired once it changed", async () => {
    await article("사이트맵 기사");
    const index = await cachedUnder("sitemap-chunks");
    const changed = await Promise.all([worker.ONCE_JOBS.sitemaps!(), worker.ONCE_JOBS.sitemaps!()]);
    expect(changed).toContain(true);
    expect(await index()).toBeNull();
    expect((await pool.query("SELECT chunk, articles FROM sitemap_chunks")).rows).toEqual([{ chunk: 1, articles: 1 }]);
    const unchanged = await cachedUnder("sitemap-chunks");
    expect(await worker.ONCE_JOBS.sitemaps!()).toBe(false);
    expect(await unchanged()).not.toBeNull();
  });

  it("cleanup: each old row deleted by one of them, the live ones kept", async () => {
    const old = new Date(Date.now() - 40 * 24 * 3600_000);
    await prisma.failedLogin.createMany({ data: Array.from({ length: 6 }, (_, i) => ({ loginId: `guess${i}`, ip: "10.0.0.1", createdAt: old })) });
    await prisma.failedLogin.create({ data: { loginId: "recent", ip: "10.0.0.1" } });
    const removed = (await Promise.all([worker.ONCE_JOBS.cleanup!(), worker.ONCE_JOBS.cleanup!()])) as Array<{ failedLogins: number }>;
    expect(removed.reduce((sum, r) => sum + r.failedLogins, 0)).toBe(6);
    expect((await prisma.failedLogin.findMany()).map((r) => r.loginId)).toEqual(["recent"]);
  });
});

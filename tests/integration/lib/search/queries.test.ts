import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { createTestPool, truncateAll } from "../../../setup/db";
import { containsPattern } from "@/lib/search/terms";

const pool = createTestPool();
const { isStatementTimeout, searchArticles } = await import("@/lib/search/queries");
const { prisma } = await import("@/lib/db");
let news: number;
let culture: number;

beforeAll(async () => {
  await truncateAll(pool);
  news = (await pool.query<{ id: number }>("INSERT INTO boards (slug, name, updated_at) VALUES ('news', '행정', now()) RETURNING id")).rows[0]!.id;
  culture = (await pool.query<{ id: number }>("INSERT INTO boards (slug, name, updated_at) VALUES ('culture', '문화', now()) RETURNING id")).rows[0]!.id;
  const insert = (board: number, title: string, body: string, status: string, at: string) =>
    pool.query(
      `INSERT INTO articles (board_id, title, body_text, author_name, status, published_at, edited_at, updated_at)
       VALUES ($1, $2, $3, '편집부', $4, $5, now(), now())`,
      [board, title, body, status, status === "PUBLISHED" ? at : null],
    );
  await insert(news, '남원향교 국회서 "공공의대법 국회통과 촉구" 기원제', "남원시민들이 18일 국회 정문 앞에서…", "PUBLISHED", "2020-02-18 10:00+09");
  await insert(news, "시민안전보험 시행", "지난해 무산된 공공의대법의 국회 통과를 촉구하는 목소리가 이어졌다.", "PUBLISHED", "2020-02-19 10:00+09");
  await insert(culture, "옻칠 목공예대전 대회장 위촉", "공공의대 유치와 무관한 문화 소식", "PUBLISHED", "2020-02-17 10:00+09");
  await insert(news, "공공의대 초안", "아직 발행 전", "DRAFT", "");
  await insert(news, "할인율 100% 적용", "100_000원", "PUBLISHED", "2020-02-16 10:00+09");
  for (let i = 0; i < 40; i++) await insert(culture, `축제 소식 ${i}`, "축제 본문", "PUBLISHED", `2020-01-${String((i % 28) + 1).padStart(2, "0")} 09:00+09`);
});

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

describe("search", () => {
  it("finds a Korean substring in titles and bodies, newest first, published only", async () => {
    const result = await searchArticles("공공의대", { page: 1, pageSize: 15 });
    expect(result.hits.map((h) => h.title)).toEqual([
      "시민안전보험 시행",
      '남원향교 국회서 "공공의대법 국회통과 촉구" 기원제',
      "옻칠 목공예대전 대회장 위촉",
    ]);
    expect(result).toMatchObject({ count: 3, capped: false });
    expect(result.hits[0]!.boardSlug).toBe("news");
  });

  it("searches within one board", async () => {
    const result = await searchArticles("공공의대", { boardId: culture, page: 1, pageSize: 15 });
    expect(result.hits.map((h) => h.title)).toEqual(["옻칠 목공예대전 대회장 위촉"]);
    expect((await searchArticles("공공의대", { boardId: news, page: 1, pageSize: 15 })).count).toBe(2);
  });

  it("matches two-character queries where a word starts, through the index", async () => {
    expect((await searchArticles("공공", { page: 1, pageSize: 15 })).count).toBe(3);
    // Inside a word ("공공의대" contains "의대") a two-character query does not match: the
    // price of answering it from the trigram index instead of reading every article.
    expect((await searchArticles("의대", { page: 1, pageSize: 15 })).count).toBe(0);
    expect((await searchArticles("의대법", { page: 1, pageSize: 15 })).count).toBe(2);
    const result = await searchArticles("축제", { page: 1, pageSize: 15 });
    expect(result).toMatchObject({ count: 40, cap: 300 });
  });

  it("takes % and _ literally", async () => {
    expect((await searchArticles("100%", { page: 1, pageSize: 15 })).hits.map((h) => h.title)).toEqual(["할인율 100% 적용"]);
    expect((await searchArticles("0_00", { page: 1, pageSize: 15 })).count).toBe(1);
    expect((await searchArticles("%%", { page: 1, pageSize: 15 })).count).toBe(0);
  });

  it("pages through results", async () => {
    const page1 = await searchArticles("축제", { page: 1, pageSize: 15 });
    const page3 = await searchArticles("축제", { page: 3, pageSize: 15 });
    expect(page1.count).toBe(40);
    expect(page1.hits).toHaveLength(15);
    expect(page3.hits).toHaveLength(10);
    expect(new Set([...page1.hits, ...page3.hits].map((h) => h.id)).size).toBe(25);
  });

  it("can use the trigram indexes for a Korean pattern", async () => {
    await pool.query("ANALYZE articles");
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = await client.query<{ "QUERY PLAN": string }>(
        // Without the status filter so the tiny table's other indexes are no alternative: the
        // point is that pg_trgm extracts trigrams from Hangul (it would not under a C ctype).
        "EXPLAIN SELECT id FROM articles WHERE title ILIKE $1 OR body_text ILIKE $1",
        [containsPattern("공공의대")],
      );
      await client.query("ROLLBACK");
      const text = plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(text).toContain("articles_title_trgm_idx");
      expect(text).toContain("articles_body_text_trgm_idx");
    } finally {
      client.release();
    }
  });

  it("recognises PostgreSQL's statement timeout through the Prisma adapter", async () => {
    const error = await prisma
      .$transaction([prisma.$executeRawUnsafe("SET LOCAL statement_timeout = 1"), prisma.$queryRawUnsafe("SELECT pg_sleep(0.2)")])
      .then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(isStatementTimeout(error)).toBe(true);
    expect(isStatementTimeout(new Error("relation does not exist"))).toBe(false);
  });

  it("uses LIKE for caseless (Korean) queries and ILIKE otherwise, with the same matches", async () => {
    const { likeOperator } = await import("@/lib/search/terms");
    expect(likeOperator("공공의대")).toBe("LIKE");
    expect(likeOperator("100%")).toBe("LIKE");
    expect(likeOperator("KTX")).toBe("ILIKE");
  });
});

describe("search under pressure (audit finding 2)", () => {
  it("refuses queries with nothing indexable without asking the database", async () => {
    // With the table locked, any query that reached PostgreSQL would wait.
    const holder = await pool.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE");
      for (const q of ["!!", "%%", "😀😀", "a b"]) {
        const started = performance.now();
        const result = await searchArticles(q, { page: 1, pageSize: 15 });
        expect(result).toMatchObject({ hits: [], count: 0 });
        expect(performance.now() - started).toBeLessThan(200);
      }
    } finally {
      await holder.query("ROLLBACK");
      holder.release();
    }
  });

  it("cannot starve the rest of the site of connections: slow searches queue or answer busy, never throw", async () => {
    // Every search blocks on a lock held by another session, as a pathological query would on
    // CPU: before the limit, 30 of them took every pooled connection and the rest of the site
    // (here: a trivial query) waited for the searches' statement timeout.
    const holder = await pool.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE");
      const searches = Array.from({ length: 30 }, () => searchArticles("공공의대", { page: 1, pageSize: 15 }).then((r) => r, (e: unknown) => e));
      // The searches that got a turn hold their connections, blocked on the lock: two (the limit).
      const blocked = async () =>
        (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0]!.n;
      await expect.poll(blocked, { timeout: 5_000, interval: 20 }).toBe(2);
      const started = performance.now();
      await prisma.$queryRaw`SELECT 1`;
      const tookMs = performance.now() - started;
      await holder.query("ROLLBACK");
      const results = await Promise.all(searches);
      expect(tookMs).toBeLessThan(1_000);
      expect(results.filter((r) => r instanceof Error)).toEqual([]);
      expect(results.some((r) => (r as { busy?: boolean }).busy)).toBe(true);
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      holder.release();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// Outside a Next server there is no incremental cache: run the cached reads directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { XMLParser } from "fast-xml-parser";
import { createTestPool, truncateAll } from "../setup/db";

process.env.SITE_URL = "https://news.example";
const pool = createTestPool();
const sitemaps = await import("@/lib/sitemaps/build");
const feeds = await import("@/lib/feeds/queries");
const schedule = await import("@/lib/schedule/queries");
const { prisma } = await import("@/lib/db");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => ["url", "sitemap"].includes(n) });

let news: number;
let sched: number;

beforeAll(async () => {
  await truncateAll(pool);
  news = (await pool.query<{ id: number }>("INSERT INTO boards (slug, name, updated_at) VALUES ('news', '행정', '2020-01-01') RETURNING id")).rows[0]!.id;
  sched = (await pool.query<{ id: number }>("INSERT INTO boards (slug, name, kind, updated_at) VALUES ('schedule', '주요일정', 'SCHEDULE', '2020-01-01') RETURNING id")).rows[0]!.id;
  // ids 1..12: published an hour apart ending now; id 4 is a draft.
  await pool.query(
    `INSERT INTO articles (board_id, title, excerpt, author_name, status, published_at, edited_at, updated_at)
     SELECT $1, '기사 ' || g, '요약 ' || g, '편집부', CASE WHEN g = 4 THEN 'DRAFT'::"ArticleStatus" ELSE 'PUBLISHED' END,
            CASE WHEN g = 4 THEN NULL ELSE now() - (12 - g) * interval '5 hours' END, now() - (12 - g) * interval '5 hours', now()
       FROM generate_series(1, 12) g`,
    [news],
  );
  // Two schedule posts (one unpublished) with entries on 2025-02-19 and 2025-02-21.
  const post = async (status: string, day: string) =>
    (
      await pool.query<{ id: number }>(
        `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
         VALUES ($1, $2, '편집부', $3, $4, now(), now()) RETURNING id`,
        [sched, `[한빛시 오늘의 주요일정] ${day}`, status, status === "PUBLISHED" ? `${day} 07:00+09` : null],
      )
    ).rows[0]!.id;
  const p1 = await post("PUBLISHED", "2025-02-19");
  const p2 = await post("UNPUBLISHED", "2025-02-20");
  const p3 = await post("PUBLISHED", "2025-02-21");
  await pool.query(
    `INSERT INTO schedule_entries (article_id, date, time, event, place, attendees, department, host, sort_order) VALUES
       ($1, '2025-02-19', '10:00', '읍면동장 회의', '소회의실', '20명', '행정지원과', '시 장', 1),
       ($1, '2025-02-19', '08:30', '간부회의', '부시장실', '9명', '행정지원과', '부시장', 0),
       ($2, '2025-02-20', '09:00', '비공개 일정', NULL, NULL, NULL, NULL, 0),
       ($3, '2025-02-21', '14:00', '농업인 실용교육', NULL, NULL, NULL, NULL, 0)`,
    [p1, p2, p3],
  );
});

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

describe("sitemaps from the database", () => {
  it("indexes the pages sitemap and one article sitemap per 1,000 ids", async () => {
    const doc = parser.parse(await sitemaps.sitemapIndexXml());
    const locs = doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(locs).toEqual(["https://news.example/sitemaps/pages.xml", "https://news.example/sitemaps/articles-1.xml"]);
    expect(doc.sitemapindex.sitemap[1].lastmod).toMatch(/\+09:00$/);
  });

  it("merges the whole-table pass with the freshly read newest ranges", async () => {
    await pool.query(
      `INSERT INTO articles (id, board_id, title, author_name, status, published_at, edited_at, updated_at)
       VALUES (4500, $1, '먼 기사', '편집부', 'PUBLISHED', now(), '2031-05-05T00:00:00Z', now())`,
      [news],
    );
    try {
      const doc = parser.parse(await sitemaps.sitemapIndexXml());
      const refs = doc.sitemapindex.sitemap.map((s: { loc: string; lastmod?: string }) => [s.loc.split("/").pop(), s.lastmod ?? null]);
      expect(refs.map((r: unknown[]) => r[0])).toEqual(["pages.xml", "articles-1.xml", "articles-5.xml"]);
      expect(refs[2]![1]).toBe("2031-05-05T09:00:00+09:00");
    } finally {
      await pool.query("DELETE FROM articles WHERE id = 4500");
    }
  });

  it("lists published articles only, with lastmod from editedAt", async () => {
    const doc = parser.parse((await sitemaps.articleSitemapXml(1))!);
    const locs: string[] = doc.urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs).toContain("https://news.example/article/1");
    expect(locs).not.toContain("https://news.example/article/4");
    expect(locs).toHaveLength(11 + 2);
    expect(await sitemaps.articleSitemapXml(2)).toBeNull();
  });

  it("rebuilds an article sitemap when a publish or an edit changes its range, not before", async () => {
    const before = (await sitemaps.articleSitemapXml(1))!;
    expect(await sitemaps.articleSitemapXml(1)).toBe(before);
    await pool.query("UPDATE articles SET status = 'PUBLISHED', published_at = now() WHERE id = 4");
    const published = (await sitemaps.articleSitemapXml(1))!;
    expect(published).toContain("https://news.example/article/4<");
    await pool.query("UPDATE articles SET edited_at = '2030-01-01T00:00:00Z' WHERE id = 2");
    expect(await sitemaps.articleSitemapXml(1)).toContain("<lastmod>2030-01-01T09:00:00+09:00</lastmod>");
    await pool.query("UPDATE articles SET status = 'DRAFT', published_at = NULL WHERE id = 4");
    expect(await sitemaps.articleSitemapXml(1)).not.toContain("https://news.example/article/4<");
  });

  it("keeps the news sitemap to the last two days", async () => {
    const doc = parser.parse(await sitemaps.newsSitemapXml());
    const ids = doc.urlset.url.map((u: { loc: string }) => Number(u.loc.split("/").pop()));
    // Published 0, 5, …, 55 hours ago: ids 12 down to 3 are within 48 h, minus the draft.
    expect(ids).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 3]);
  });

  it("has home, schedule and every board in the pages sitemap", async () => {
    const doc = parser.parse(await sitemaps.pagesSitemapXml());
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      "https://news.example/",
      "https://news.example/schedule",
      "https://news.example/board/news",
      "https://news.example/board/schedule",
    ]);
  });

  it("dates /schedule by today's schedule posts, or by the start of the day", async () => {
    const { seoulDay } = await import("@/lib/time");
    const { getScheduleTodayLastmod } = await import("@/lib/sitemaps/queries");
    const today = seoulDay();
    const midnight = new Date(`${today}T00:00:00+09:00`);
    expect(await getScheduleTodayLastmod(today)).toEqual(midnight);
    const doc = parser.parse(await sitemaps.pagesSitemapXml());
    expect(doc.urlset.url.find((u: { loc: string }) => u.loc === "https://news.example/schedule")?.lastmod).toBe(`${today}T00:00:00+09:00`);

    const edited = new Date(Math.max(Date.now() - 60_000, midnight.getTime() + 1_000));
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
       VALUES ($1, '오늘 일정', '편집부', 'PUBLISHED', $2, $3, now()) RETURNING id`,
      [sched, midnight, edited],
    );
    await pool.query("INSERT INTO schedule_entries (article_id, date, time, event, sort_order) VALUES ($1, $2, '09:00', '간부회의', 0)", [rows[0]!.id, today]);
    try {
      expect(await getScheduleTodayLastmod(today)).toEqual(edited);
      // Another day's post does not move it, nor an unpublished one.
      expect(await getScheduleTodayLastmod("2025-02-20")).toEqual(new Date("2025-02-20T00:00:00+09:00"));
    } finally {
      await pool.query("DELETE FROM articles WHERE id = $1", [rows[0]!.id]);
    }
  });
});

describe("feeds and schedule from the database", () => {
  it("feeds the newest published articles of the site and of a board", async () => {
    const site = await feeds.getSiteFeedData();
    expect(site.articles[0]!.title).toBe("기사 12");
    expect(site.articles.some((a) => a.title === "기사 4")).toBe(false);
    const board = await feeds.getBoardFeedData("schedule");
    expect(board?.articles.map((a) => a.title)).toEqual(["[한빛시 오늘의 주요일정] 2025-02-21", "[한빛시 오늘의 주요일정] 2025-02-19"]);
    expect(await feeds.getBoardFeedData("nope")).toBeNull();
  });

  it("carries each article's full body with absolute photo addresses and its corrections", async () => {
    const { rows } = await pool.query<{ id: number }>("SELECT id FROM articles WHERE title = '기사 12'");
    const id = rows[0]!.id;
    await pool.query(`UPDATE articles SET body = '<p>본문</p><figure><img src="/media/images/x/960.jpg" width="960" height="640" alt="사진" loading="lazy" data-image-id="3" /></figure>' WHERE id = $1`, [id]);
    await pool.query("INSERT INTO article_corrections (article_id, kind, text, created_at) VALUES ($1, 'REBUTTAL', '반론 내용', '2025-03-01T00:00:00Z')", [id]);
    try {
      const content = (await feeds.getSiteFeedData()).articles.find((a) => a.id === id)?.content ?? "";
      expect(content).toBe('<p>[반론] 반론 내용 (2025-03-01 09:00)</p><p>본문</p><figure><img src="https://news.example/media/images/x/960.jpg" width="960" height="640" alt="사진" /></figure>');
    } finally {
      await pool.query("DELETE FROM article_corrections");
      await pool.query("UPDATE articles SET body = '' WHERE id = $1", [id]);
    }
  });

  it("reads a day's entries of published posts in time order", async () => {
    const day = await schedule.getScheduleDay("2025-02-19");
    expect(day.entries.map((e) => [e.time, e.event])).toEqual([
      ["08:30", "간부회의"],
      ["10:00", "읍면동장 회의"],
    ]);
    expect(day.posts).toHaveLength(1);
    expect((await schedule.getScheduleDay("2025-02-20")).entries).toEqual([]);
  });

  it("links to the nearest days that have published entries", async () => {
    expect(await schedule.getScheduleNeighbors("2025-02-19")).toEqual({ previous: null, next: "2025-02-21" });
    expect(await schedule.getScheduleNeighbors("2025-02-20")).toEqual({ previous: "2025-02-19", next: "2025-02-21" });
    const range = await schedule.listScheduleRange("2025-02-01", "2025-02-28");
    expect(range.map((r) => r.date)).toEqual(["2025-02-19", "2025-02-19", "2025-02-21"]);
  });
});

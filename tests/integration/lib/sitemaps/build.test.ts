import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// Outside a Next server there is no incremental cache: run the cached reads directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { XMLParser } from "fast-xml-parser";
import { setUpCrawlerSite } from "../../../fixtures/crawler-site";

process.env.SITE_URL = "https://news.example";
const site = setUpCrawlerSite();
const pool = site.pool;
const sitemaps = await import("@/lib/sitemaps/build");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => ["url", "sitemap"].includes(n) });


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
      [site.ids().news],
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
      [site.ids().sched, midnight, edited],
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

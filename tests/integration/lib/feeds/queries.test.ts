import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// Outside a Next server there is no incremental cache: run the cached reads directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { setUpCrawlerSite } from "../../../fixtures/crawler-site";

process.env.SITE_URL = "https://news.example";
const { pool } = setUpCrawlerSite();
const feeds = await import("@/lib/feeds/queries");

describe("feeds from the database", () => {
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
});

import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";

// Status codes crawlers rely on, from one server alone: 404 for what never existed or was
// deleted, and the crawler endpoints' content types. Through the HTTP cache in front (the
// production topology), a deleted article answers 410, a moved board 301 and every 404 page is
// server-rendered: tests/e2e/edge/crawler-status.spec.ts.

test("an unknown article is a real 404 with the Korean not-found page", async ({ page }) => {
  for (const path of ["/article/2147483000", "/article/abc", "/article/0"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  }
});

test("an unknown board, board page past the end and malformed schedule day are 404", async ({ page }) => {
  for (const path of ["/board/no-such-board", "/board/news?page=999999", "/schedule/2025-02-30", "/schedule/1990-01-01", "/board/no-such-board/rss.xml"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a moved board's feed follows it; its pages redirect through the HTTP cache in front", async ({ request }) => {
  await withDatabase((db) =>
    db.query("INSERT INTO redirects (from_path, to_path, status_code) VALUES ('/board/e2e-old-news', '/board/news', 301) ON CONFLICT (from_path) DO NOTHING"),
  );
  try {
    const feed = await request.get("/board/e2e-old-news/rss.xml", { maxRedirects: 0 });
    expect(feed.status()).toBe(301);
    expect(new URL(feed.headers()["location"]!, "http://base.invalid").pathname).toBe("/board/news/rss.xml");
    // A server alone answers the old page with 404 (tests/e2e/edge has the 301).
    expect((await request.get("/board/e2e-old-news", { maxRedirects: 0 })).status()).toBe(404);
  } finally {
    await withDatabase((db) => db.query("DELETE FROM redirects WHERE from_path = '/board/e2e-old-news'"));
  }
});

test("crawler endpoints answer 200 with their content types", async ({ request }) => {
  const expected: Array<[string, RegExp, string]> = [
    ["/robots.txt", /^text\/plain/, "Sitemap:"],
    ["/sitemap.xml", /^application\/xml/, "<sitemapindex"],
    ["/sitemaps/pages.xml", /^application\/xml/, "<urlset"],
    ["/sitemaps/articles-1.xml", /^application\/xml/, "<lastmod>"],
    ["/news-sitemap.xml", /^application\/xml/, "xmlns:news="],
    ["/rss.xml", /^application\/rss\+xml/, '<rss version="2.0"'],
    ["/board/news/rss.xml", /^application\/rss\+xml/, "<item>"],
    ["/schedule.ics", /^text\/calendar/, "BEGIN:VCALENDAR"],
  ];
  for (const [path, type, marker] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect(await response.text(), path).toContain(marker);
  }
  // Browsers and crawlers ask for these at fixed paths; a 404 shows as a console error.
  for (const path of ["/favicon.ico", "/apple-touch-icon.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\//);
  }
  const robots = await (await request.get("/robots.txt")).text();
  for (const line of ["Disallow: /editor", "Disallow: /api", "Disallow: /login", "/sitemap.xml", "/news-sitemap.xml"]) expect(robots).toContain(line);
});

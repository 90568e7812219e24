import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";

// Status codes crawlers rely on: 404 for what never existed, 410 for what was deleted,
// 301 for a board whose slug changed, and the crawler endpoints' content types.

test("an unknown article is a real 404 with the Korean not-found page", async ({ page }) => {
  for (const path of ["/article/2147483000", "/article/abc", "/article/0"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  }
});

test("the 404 page of an unknown article, board, board page or schedule day is server-rendered (readable without JavaScript)", async ({ request }) => {
  for (const path of ["/article/2147483000", "/article/abc", "/board/no-such-board", "/board/news?page=999999", "/schedule/2025-02-30"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toMatch(/<html[^>]* lang="ko"/);
    expect(html, path).toMatch(/<h1[^>]*>페이지를 찾을 수 없습니다<\/h1>/);
  }
});

test("an unknown board, board page past the end and malformed schedule day are 404", async ({ page }) => {
  for (const path of ["/board/no-such-board", "/board/news?page=999999", "/schedule/2025-02-30", "/schedule/1990-01-01", "/board/no-such-board/rss.xml"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a deleted article answers 410 Gone", async ({ page, request }) => {
  const id = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1");
    await db.query("INSERT INTO redirects (from_path, to_path, status_code) VALUES ($1, '', 410) ON CONFLICT (from_path) DO NOTHING", [`/article/${rows[0]!.id}`]);
    return rows[0]!.id;
  });
  try {
    // The proxy re-reads the table every two seconds.
    await expect.poll(async () => (await request.get(`/article/${id}`)).status(), { timeout: 10_000 }).toBe(410);
    const response = await page.goto(`/article/${id}`);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { name: "삭제된 기사입니다" })).toBeVisible();
  } finally {
    await withDatabase((db) => db.query("DELETE FROM redirects WHERE from_path = $1", [`/article/${id}`]));
  }
  await expect.poll(async () => (await request.get(`/article/${id}`)).status(), { timeout: 10_000 }).toBe(200);
});

test("a moved board slug answers 301 to the new slug, query string and feed included", async ({ request, page }) => {
  await withDatabase((db) =>
    db.query("INSERT INTO redirects (from_path, to_path, status_code) VALUES ('/board/e2e-old-news', '/board/news', 301) ON CONFLICT (from_path) DO NOTHING"),
  );
  try {
    await expect.poll(async () => (await request.get("/board/e2e-old-news?page=2", { maxRedirects: 0 })).status(), { timeout: 10_000 }).toBe(301);
    const moved = await request.get("/board/e2e-old-news?page=2", { maxRedirects: 0 });
    const location = new URL(moved.headers()["location"]!, "http://base.invalid");
    expect(location.pathname + location.search).toBe("/board/news?page=2");
    const feed = await request.get("/board/e2e-old-news/rss.xml", { maxRedirects: 0 });
    expect(feed.status()).toBe(301);
    expect(new URL(feed.headers()["location"]!, "http://base.invalid").pathname).toBe("/board/news/rss.xml");
    const response = await page.goto("/board/e2e-old-news");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/board/news");
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

import { expect, test } from "@playwright/test";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "../editor-helpers";
import { withEdgeDatabase } from "./edge-helpers";

// Through the HTTP cache in front: every 404 page is server-rendered (readable without
// JavaScript), a deleted article answers 410 Gone, a moved board redirects permanently.

test("the 404 page of an unknown article, board, board page or schedule day is server-rendered (readable without JavaScript)", async ({ request }) => {
  for (const path of ["/article/2147483000", "/article/abc", "/board/no-such-board", "/board/news?page=999999", "/schedule/2025-02-30"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toMatch(/<html[^>]* lang="ko"/);
    expect(html, path).toMatch(/<h1[^>]*>페이지를 찾을 수 없습니다<\/h1>/);
  }
});

test("an article deleted in the editor answers 410 Gone with a Korean page, at once", async ({ browser, page, request }) => {
  await signInAs(page, "editor", "/editor/articles/new");
  await fillArticle(page, uniqueTitle("지울 기사"), "사회", "곧 지울 기사입니다.");
  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const id = articleIdFrom(page.url());
  expect((await request.get(`/article/${id}`)).status()).toBe(200);

  await page.getByRole("button", { name: "삭제", exact: true }).click();
  await Promise.all([page.waitForURL(/done=deleted/), page.getByRole("button", { name: "삭제 확인" }).click()]);
  const started = Date.now();
  await expect.poll(async () => (await request.get(`/article/${id}`, { maxRedirects: 0 })).status(), { timeout: 5_000 }).toBe(410);
  expect(Date.now() - started).toBeLessThan(1_000);

  const reader = await browser.newContext({ javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  const response = await readerPage.goto(`/article/${id}`);
  expect(response?.status()).toBe(410);
  await expect(readerPage.getByRole("heading", { name: "삭제된 기사입니다" })).toBeVisible();
  await reader.close();
});

test("a moved board answers 301 to its new slug, its pages and feed included", async ({ request }) => {
  await withEdgeDatabase((db) =>
    db.query("INSERT INTO redirects (from_path, to_path, status_code) VALUES ('/board/e2e-old-news', '/board/news', 301) ON CONFLICT (from_path) DO NOTHING"),
  );
  try {
    // Every server reads the stored redirects at most a second late.
    await expect.poll(async () => (await request.get("/board/e2e-old-news", { maxRedirects: 0 })).status(), { timeout: 3_000 }).toBe(301);
    for (const [path, target] of [
      ["/board/e2e-old-news", "/board/news"],
      ["/board/e2e-old-news?page=2", "/board/news?page=2"],
      ["/board/e2e-old-news/rss.xml", "/board/news/rss.xml"],
    ] as const) {
      const moved = await request.get(path, { maxRedirects: 0 });
      expect(moved.status(), path).toBe(301);
      const location = new URL(moved.headers()["location"]!, "http://base.invalid");
      expect(location.pathname + location.search, path).toBe(target);
    }
  } finally {
    await withEdgeDatabase((db) => db.query("DELETE FROM redirects WHERE from_path = '/board/e2e-old-news'"));
  }
});

import { expect, test } from "@playwright/test";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "./editor-helpers";
import { msUntil } from "./timing";
import { ARTICLES_PER_SITEMAP } from "../../lib/sitemaps/xml";

// A publish reaches the crawler endpoints (cached by tags feeds/sitemap/board) within a second.

test("a published article is in the news sitemap, its article sitemap and the board feed within 1 s", async ({ page, request }) => {
  test.setTimeout(60_000);
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("크롤러 반영 시험");
  await fillArticle(page, title, "행정", "사이트맵과 피드에 곧바로 실립니다.");
  // Warm the cached copies that the publish must expire.
  for (const path of ["/news-sitemap.xml", "/board/news/rss.xml", "/sitemap.xml"]) expect((await request.get(path)).status()).toBe(200);

  await Promise.all([page.waitForURL(/\/editor\/articles\/\d+\?done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const started = Date.now();
  const id = articleIdFrom(page.url());
  const chunk = Math.floor((id - 1) / ARTICLES_PER_SITEMAP) + 1;
  const [news, feed, sitemap] = await Promise.all([
    msUntil(request, ["/news-sitemap.xml"], (body) => body.includes(title), started),
    msUntil(request, ["/board/news/rss.xml"], (body) => body.includes(title), started),
    msUntil(request, [`/sitemaps/articles-${chunk}.xml`], (body) => body.includes(`/article/${id}<`), started),
  ]);
  console.log(`publish → crawler endpoints: news sitemap ${news} ms, board feed ${feed} ms, article sitemap ${sitemap} ms`);
  expect(news).toBeLessThan(1000);
  expect(feed).toBeLessThan(1000);
  expect(sitemap).toBeLessThan(1000);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`/sitemaps/articles-${chunk}.xml`);
});

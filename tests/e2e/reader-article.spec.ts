import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";

type Row = { id: number; title: string; published_at: Date; board_seq: number; slug: string; name: string; page_size: number; total: number };

function seoul(date: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

test("reading an article: title, board, times in Seoul, view count, copyright and its board page below", async ({ page }) => {
  // An article in the middle of the biggest board, so the list under it is a deep page.
  const article = await withDatabase(async (db) => {
    const { rows } = await db.query<Row>(
      `WITH b AS (SELECT board_id, max(board_seq) AS total FROM articles GROUP BY board_id ORDER BY total DESC NULLS LAST LIMIT 1)
       SELECT a.id, a.title, a.published_at, a.board_seq, bo.slug, bo.name, bo.page_size, b.total
         FROM articles a JOIN b ON b.board_id = a.board_id JOIN boards bo ON bo.id = a.board_id
        WHERE a.board_seq = (b.total / 2)::int`,
    );
    return rows[0]!;
  });
  const expectedPage = Math.floor((article.total - article.board_seq) / article.page_size) + 1;

  const response = await page.goto(`/article/${article.id}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(main.getByRole("link", { name: article.name, exact: true }).first()).toHaveAttribute("href", `/board/${article.slug}`);
  await expect(main.getByText(`입력 ${seoul(article.published_at)}`)).toBeVisible();
  await expect(main.getByText(/^조회 수 \d{1,3}(,\d{3})*$/)).toBeVisible();
  await expect(main.getByText("All rights reserved. 무단 전재 및 재배포 금지").first()).toBeVisible();
  await expect(main.getByText(/^윗글$/)).toBeVisible();
  await expect(main.getByText(/^아랫글$/)).toBeVisible();

  // The board list under the article is the page that contains it.
  const list = main.getByRole("region", { name: `${article.name} 목록` });
  // By its address too: the demo newsroom may hold two articles of the same title in a page.
  await expect(list.getByRole("link", { name: article.title, exact: true }).and(page.locator(`[href="/article/${article.id}"]`))).toBeVisible();
  const pager = list.getByRole("navigation", { name: "페이지" });
  await expect(pager.getByRole("link", { name: String(expectedPage), exact: true })).toHaveAttribute("aria-current", "page");
  await expect(pager.getByRole("link", { name: "이전", exact: true })).toHaveAttribute("rel", "prev");
  await expect(pager.getByRole("link", { name: "다음", exact: true })).toHaveAttribute("rel", "next");

  // Photos carry width/height and alt, with AVIF/WebP sources when the article has one.
  for (const img of await main.locator("picture img").all()) {
    await expect(img).toHaveAttribute("width", /\d+/);
    await expect(img).toHaveAttribute("height", /\d+/);
    await expect(img).toHaveAttribute("alt", /.*/);
  }
});

test("the article page works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const id = await withDatabase(async (db) => (await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1")).rows[0]!.id);
  await page.goto(`/article/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "페이지" }).getByRole("link", { name: "2", exact: true }).click();
  await expect(page).toHaveURL(/\/board\/[^/?]+\?page=2$/);
  await context.close();
});

test("unknown and malformed article ids are a real 404", async ({ request }) => {
  for (const path of ["/article/2147483000", "/article/abc", "/article/1.5", "/article/-3", "/article/99999999999"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

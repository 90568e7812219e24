import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";

test("searching a Korean substring from the header finds the longer word", async ({ page }) => {
  const expected = await withDatabase(async (db) => {
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM articles WHERE status = 'PUBLISHED' AND (title LIKE '%공공의대법%' OR body_text LIKE '%공공의대법%')",
    );
    return rows[0]!.n;
  });
  test.skip(expected === 0, "no article mentions 공공의대법 in this database");

  await page.goto("/");
  await page.getByRole("search").first().getByRole("searchbox", { name: "검색어" }).fill("공공의대");
  await page.getByRole("search").first().getByRole("button", { name: "검색" }).click();
  await expect(page).toHaveURL(/\/search\?q=%EA%B3%B5%EA%B3%B5%EC%9D%98%EB%8C%80$/);
  await expect(page.getByRole("status")).toContainText("‘공공의대’ 검색 결과");
  const results = page.getByRole("main").getByRole("listitem");
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole("main").getByText(/공공의대법/).first()).toBeVisible();
});

test("a one-character query gets a hint instead of a search", async ({ page }) => {
  const response = await page.goto("/search?q=%EA%B3%B5");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText("검색어를 두 글자 이상 입력해 주세요.");
});

test("searching within a board lists only that board's articles", async ({ page }) => {
  const board = await withDatabase(async (db) => {
    const { rows } = await db.query<{ slug: string; name: string }>(
      `SELECT b.slug, b.name FROM articles a JOIN boards b ON b.id = a.board_id
        WHERE a.status = 'PUBLISHED' AND a.body_text LIKE '%공공의대%' GROUP BY b.id ORDER BY count(*) DESC LIMIT 1`,
    );
    return rows[0];
  });
  test.skip(!board, "no article mentions 공공의대 in this database");
  await page.goto(`/board/${board!.slug}`);
  await page.getByRole("searchbox", { name: `${board!.name} 안에서 검색` }).fill("공공의대");
  await page.getByRole("searchbox", { name: `${board!.name} 안에서 검색` }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`/board/${board!.slug}\\?q=`));
  await expect(page.getByRole("status")).toContainText("검색 결과");
  await expect(page.getByRole("main").locator('a[href^="/article/"]').first()).toBeVisible();
});

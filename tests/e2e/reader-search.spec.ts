import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";
import { publishAsEditor, uniqueKoreanWord, uniqueTitle } from "./editor-helpers";

// Each search test publishes the articles it looks for, with a word nobody has used before: the
// results are these articles, whatever else the database holds.

test("searching a Korean substring from the header finds the longer word", async ({ page, browser }) => {
  const word = uniqueKoreanWord();
  const title = uniqueTitle(`${word}법 제정 촉구`);
  await publishAsEditor(browser, title, "행정", `시민들이 ${word}법의 조속한 통과를 촉구했다.`);

  await page.goto("/");
  await page.getByRole("search").first().getByRole("searchbox", { name: "검색어" }).fill(word);
  await page.getByRole("search").first().getByRole("button", { name: "검색" }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(word)}$`));
  await expect(page.getByRole("status")).toContainText(`‘${word}’ 검색 결과`);
  await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("main").getByText(`${word}법`).first()).toBeVisible();
});

test("a one-character query gets a hint instead of a search", async ({ page }) => {
  const response = await page.goto("/search?q=%EA%B3%B5");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText("검색어를 두 글자 이상 입력해 주세요.");
});

test("searching within a board lists only that board's articles", async ({ page, browser }) => {
  const word = uniqueKoreanWord();
  const inBoard = await publishAsEditor(browser, uniqueTitle(`${word} 행정 소식`), "행정", `${word} 관련 행정 소식입니다.`);
  const elsewhere = await publishAsEditor(browser, uniqueTitle(`${word} 교육 소식`), "교육", `${word} 관련 교육 소식입니다.`);
  const slug = await withDatabase(
    async (db) => (await db.query<{ slug: string }>("SELECT b.slug FROM articles a JOIN boards b ON b.id = a.board_id WHERE a.id = $1", [inBoard])).rows[0]!.slug,
  );

  await page.goto(`/board/${slug}`);
  await page.getByRole("searchbox", { name: "행정 안에서 검색" }).fill(word);
  await page.getByRole("searchbox", { name: "행정 안에서 검색" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`/board/${slug}\\?q=`));
  await expect(page.getByRole("status")).toContainText("검색 결과");
  const main = page.getByRole("main");
  await expect(main.locator(`a[href="/article/${inBoard}"]`).first()).toBeVisible();
  await expect(main.locator(`a[href="/article/${elsewhere}"]`)).toHaveCount(0);
});

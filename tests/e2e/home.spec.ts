import { expect, test } from "@playwright/test";

test("home page shows the newsroom in Korean with links to articles", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("link", { name: /한빛넷/ }).first()).toBeVisible();
  await expect(page.getByText("최종편집")).toBeVisible();
  const articleLinks = page.locator('main a[href^="/article/"]');
  // Other specs publish test articles (some with English XSS titles), so count Korean ones.
  const koreanTitles = (await articleLinks.allInnerTexts()).filter((title) => /[가-힣]/.test(title));
  expect(koreanTitles.length).toBeGreaterThanOrEqual(10);
});

test("home has landmarks, the board navigation, per-board blocks, today's schedule and a search box", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("All rights reserved");
  const nav = page.getByRole("navigation", { name: "주 메뉴" });
  await expect(nav.getByRole("link", { name: "공지사항", exact: true })).toHaveAttribute("href", "/board/notice");
  await expect(page.getByText(/^최종편집 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "최신 기사" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "오늘의 주요일정" })).toBeVisible();
  // A block per board with its newest articles, headed by a link to the board.
  const block = page.getByRole("region", { name: "행정", exact: true });
  await expect(block.getByRole("link", { name: "행정", exact: true })).toHaveAttribute("href", "/board/news");
  expect(await block.locator('a[href^="/article/"]').count()).toBeGreaterThanOrEqual(1);
  expect(await block.locator('a[href^="/article/"]').count()).toBeLessThanOrEqual(5);
  await expect(page.getByRole("search").first().getByRole("searchbox", { name: "검색어" })).toBeVisible();
});

import { expect, test } from "@playwright/test";

test("home page shows the newsroom in Korean with links to articles", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("link", { name: /한빛넷/ }).first()).toBeVisible();
  await expect(page.getByText("최종편집")).toBeVisible();
  const articleLinks = page.locator('main a[href^="/article/"]');
  expect(await articleLinks.count()).toBeGreaterThanOrEqual(10);
  await expect(articleLinks.first()).toHaveText(/[가-힣]/);
});

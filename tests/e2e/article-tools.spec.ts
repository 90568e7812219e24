import { expect, test, type Page } from "@playwright/test";
import { withDatabase } from "./db";

// The article's reader tools: 링크 복사, share links as plain URLs, 글자 크게/작게 remembered and
// applied before paint, a print view of the article alone, and all of it degrading without JS.

async function someArticle(): Promise<{ id: number; title: string }> {
  return withDatabase(async (db) => (await db.query<{ id: number; title: string }>("SELECT id, title FROM articles WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1 OFFSET 3")).rows[0]!);
}

async function bodyFontSize(page: Page): Promise<number> {
  return page.locator(".reader-text").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

test("링크 복사 copies the canonical address and says so", async ({ page, context, baseURL }) => {
  const article = await someArticle();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`/article/${article.id}`);
  await page.getByRole("button", { name: "링크 복사" }).click();
  await expect(page.getByRole("status")).toHaveText("기사 주소를 복사했습니다.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^https?://[^/]+/article/${article.id}$`));
  expect(copied).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
});

test("share links are plain URLs to KakaoStory, Facebook and X; no third-party script is loaded", async ({ page, baseURL }) => {
  const article = await someArticle();
  const external: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) external.push(request.url());
  });
  await page.goto(`/article/${article.id}`);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
  const tools = page.getByRole("group", { name: "기사 도구" });
  const href = async (name: RegExp) => new URL((await tools.getByRole("link", { name }).getAttribute("href"))!);
  const kakao = await href(/카카오스토리/);
  expect(kakao.origin + kakao.pathname).toBe("https://story.kakao.com/share");
  expect(kakao.searchParams.get("url")).toBe(canonical);
  const facebook = await href(/페이스북/);
  expect(facebook.origin + facebook.pathname).toBe("https://www.facebook.com/sharer/sharer.php");
  expect(facebook.searchParams.get("u")).toBe(canonical);
  const x = await href(/^X/);
  expect(x.searchParams.get("url")).toBe(canonical);
  expect(x.searchParams.get("text")).toBe(article.title);
  for (const name of [/카카오스토리/, /페이스북/, /^X/]) {
    await expect(tools.getByRole("link", { name })).toHaveAttribute("rel", /noopener/);
  }
  const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
  for (const src of scripts) expect(new URL(src).origin).toBe(new URL(page.url()).origin);
  expect(external).toEqual([]);
});

test("글자 크게 / 글자 작게 change the text at once and are remembered, applied before the page's scripts run", async ({ page }) => {
  const article = await someArticle();
  await page.goto(`/article/${article.id}`);
  const base = await bodyFontSize(page);
  expect(base).toBe(18);
  await page.getByRole("button", { name: "글자 크게" }).click();
  await page.getByRole("button", { name: "글자 크게" }).click();
  await expect.poll(() => bodyFontSize(page)).toBeCloseTo(18 * 1.3, 1);
  await expect(page.getByRole("status")).toHaveText("글자 크기 130%");
  await page.getByRole("button", { name: "글자 작게" }).click();
  await expect.poll(() => bodyFontSize(page)).toBeCloseTo(18 * 1.15, 1);

  // Another article, with Next's own scripts blocked: only the inline script in <head> can have
  // applied the remembered size, so there is no flash of the default size.
  await page.route(/\/_next\/static\/.*\.js/, (route) => route.abort());
  await page.goto(`/article/${article.id}`);
  expect(await bodyFontSize(page)).toBeCloseTo(18 * 1.15, 1);
  await page.unroute(/\/_next\/static\/.*\.js/);

  // Back to the default.
  await page.goto(`/article/${article.id}`);
  await page.getByRole("button", { name: "글자 작게" }).click();
  await expect.poll(() => bodyFontSize(page)).toBe(18);
});

test("without JavaScript the page reads normally: the buttons stay hidden, the share links work", async ({ browser }) => {
  const article = await someArticle();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/article/${article.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  for (const name of ["링크 복사", "글자 크게", "글자 작게"]) await expect(page.getByRole("button", { name })).toBeHidden();
  await expect(page.getByRole("link", { name: /카카오스토리/ })).toBeVisible();
  await context.close();
});

test("printing shows the article alone: no header, menus, tools, lists or footer", async ({ page }) => {
  const article = await someArticle();
  await page.goto(`/article/${article.id}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".reader-text")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "주 메뉴" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("group", { name: "기사 도구" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "페이지" })).toBeHidden();
  await expect(page.getByText(/^출처: https?:\/\//)).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation", { name: "주 메뉴" })).toBeVisible();
  await expect(page.getByText(/^출처: https?:\/\//)).toBeHidden();
});

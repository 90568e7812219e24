import { expect, test, type Locator } from "@playwright/test";
import { withDatabase } from "./db";
import { signInAs } from "./editor-helpers";

// The reader blocks: 많이 본 뉴스 (home and beside articles), 포토뉴스 (home) and photo
// thumbnails in board lists, each with sized responsive pictures (no layout shift).

async function expectSizedPictures(scope: Locator, min: number): Promise<void> {
  const images = scope.locator("picture img");
  expect(await images.count()).toBeGreaterThanOrEqual(min);
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute("width", /^\d+$/);
    await expect(img).toHaveAttribute("height", /^\d+$/);
    await expect(img).toHaveAttribute("alt", /.*/);
  }
  expect(await scope.locator("picture source[type='image/webp']").count()).toBeGreaterThanOrEqual(min);
}

test("home: 많이 본 뉴스 ranks articles read today and this week; 포토뉴스 shows the newest photos", async ({ page }) => {
  // The demo newsroom has daily views for the last 30 days; the worker ranks them at start.
  await expect
    .poll(async () => withDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM most_read_articles WHERE period = 'week'")).rows[0].n), { timeout: 10_000 })
    .toBeGreaterThan(0);
  const top = await withDatabase(async (db) => (await db.query<{ id: number; title: string }>("SELECT a.id, a.title FROM most_read_articles m JOIN articles a ON a.id = m.article_id WHERE m.period = 'week' ORDER BY m.rank LIMIT 1")).rows[0]!);

  await expect
    .poll(async () => {
      await page.goto("/");
      return page.getByRole("region", { name: "많이 본 뉴스" }).getByRole("link").count();
    }, { timeout: 10_000 })
    .toBeGreaterThan(0);
  const mostRead = page.getByRole("region", { name: "많이 본 뉴스" });
  await expect(mostRead.getByRole("heading", { name: "많이 본 뉴스", level: 2 })).toBeVisible();
  await expect(mostRead.getByRole("heading", { name: "이번 주" })).toBeVisible();
  const week = mostRead.getByRole("heading", { name: "이번 주" }).locator("xpath=following-sibling::ol[1]");
  await expect(week.getByRole("link").first()).toHaveAttribute("href", `/article/${top.id}`);

  const photos = page.getByRole("region", { name: "포토뉴스" });
  await expect(photos.getByRole("heading", { name: "포토뉴스", level: 2 })).toBeVisible();
  await expect(photos.getByRole("listitem")).toHaveCount(4);
  await expectSizedPictures(photos, 4);
  const newest = await withDatabase(async (db) => (await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' AND lead_image_id IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT 1")).rows[0]!.id);
  await expect(photos.getByRole("link").first()).toHaveAttribute("href", `/article/${newest}`);
});

test("beside an article: 많이 본 뉴스", async ({ page }) => {
  const id = await withDatabase(async (db) => (await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1 OFFSET 5")).rows[0]!.id);
  await page.goto(`/article/${id}`);
  await expect(page.getByRole("heading", { name: "많이 본 뉴스", level: 2 })).toBeVisible();
});

test("board lists show a sized photo thumbnail for the articles that have a lead photo", async ({ page }) => {
  const board = await withDatabase(async (db) =>
    (await db.query<{ slug: string; n: number }>(
      `SELECT b.slug, count(*)::int AS n FROM boards b JOIN LATERAL (
         SELECT lead_image_id FROM articles WHERE board_id = b.id AND status = 'PUBLISHED' AND NOT pinned ORDER BY board_seq DESC LIMIT 15) a ON a.lead_image_id IS NOT NULL
        GROUP BY b.slug ORDER BY n DESC LIMIT 1`,
    )).rows[0]!,
  );
  expect(board.n).toBeGreaterThan(0);
  await page.goto(`/board/${board.slug}`);
  await expect(page.getByRole("main").locator("li picture img")).toHaveCount(board.n);
  await expectSizedPictures(page.getByRole("main"), board.n);
});

test("관련기사 under an article: never itself; an editor's picks come first, in order", async ({ page, browser }) => {
  const [article, pickA, pickB] = await withDatabase(async (db) =>
    (await db.query<{ id: number; title: string }>(
      "SELECT a.id, a.title FROM articles a JOIN boards b ON b.id = a.board_id WHERE a.status = 'PUBLISHED' AND b.kind = 'NEWS' ORDER BY a.published_at DESC OFFSET 20 LIMIT 3",
    )).rows,
  );
  const reader = await browser.newPage();
  await reader.goto(`/article/${article!.id}`);
  const relatedBlock = reader.getByRole("region", { name: "관련기사" });
  await expect(relatedBlock.getByRole("heading", { name: "관련기사", level: 2 })).toBeVisible();
  const before = await relatedBlock.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(before.length).toBeGreaterThan(0);
  expect(before).not.toContain(`/article/${article!.id}`);
  // Stable between renders.
  await reader.reload();
  expect(await relatedBlock.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual(before);

  await signInAs(page, "editor", `/editor/articles/${article!.id}`);
  const section = page.getByRole("region", { name: "관련기사 직접 지정" });
  await section.getByLabel("관련기사 번호").fill(`${article!.id}`);
  await section.getByRole("button", { name: "관련기사 저장" }).click();
  await expect(section.getByText("이 기사 자신은 관련기사로 지정할 수 없습니다.")).toBeVisible();
  await section.getByLabel("관련기사 번호").fill(`${pickB!.id}, /article/${pickA!.id}`);
  await Promise.all([page.waitForURL(/done=related/), section.getByRole("button", { name: "관련기사 저장" }).click()]);

  await expect
    .poll(async () => {
      await reader.reload();
      return relatedBlock.getByRole("link").evaluateAll((links) => links.slice(0, 2).map((a) => a.getAttribute("href")));
    }, { timeout: 5_000 })
    .toEqual([`/article/${pickB!.id}`, `/article/${pickA!.id}`]);
  await reader.close();
});

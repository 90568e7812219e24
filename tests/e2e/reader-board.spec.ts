import { expect, test, type Locator } from "@playwright/test";
import { withDatabase } from "./db";

type Board = { slug: string; name: string; page_size: number; total: number };

async function biggestBoard(): Promise<Board> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<Board>(
      `SELECT b.slug, b.name, b.page_size, max(a.board_seq)::int AS total
         FROM boards b JOIN articles a ON a.board_id = b.id
        GROUP BY b.id ORDER BY total DESC NULLS LAST LIMIT 1`,
    );
    return rows[0]!;
  });
}

function pager(page: import("@playwright/test").Page): Locator {
  return page.getByRole("navigation", { name: "페이지" });
}

async function expectCurrent(page: import("@playwright/test").Page, n: number) {
  await expect(pager(page).getByRole("link", { name: String(n), exact: true })).toHaveAttribute("aria-current", "page");
  await expect(pager(page).locator('[aria-current="page"]')).toHaveCount(1);
}

test("paging a board to a deep page and back through the pagination links", async ({ page }) => {
  const board = await biggestBoard();
  const last = Math.ceil(board.total / board.page_size);
  test.skip(last < 25, "needs a board with at least 25 pages");

  await page.goto(`/board/${board.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: board.name })).toBeVisible();
  await expectCurrent(page, 1);
  await expect(pager(page).getByRole("link", { name: "이전", exact: true })).toHaveCount(0);
  await expect(pager(page).getByRole("link", { name: String(last), exact: true })).toBeVisible();

  // Forward through the window: 10, then "다음" to 11 — the window re-centres (1 … 6–15 … last).
  await pager(page).getByRole("link", { name: "10", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/board/${board.slug}\\?page=10$`));
  await expectCurrent(page, 10);
  const next = pager(page).getByRole("link", { name: "다음", exact: true });
  await expect(next).toHaveAttribute("rel", "next");
  await next.click();
  await expectCurrent(page, 11);
  for (const n of [1, 6, 15, last]) await expect(pager(page).getByRole("link", { name: String(n), exact: true })).toBeVisible();
  await expect(pager(page).getByRole("link", { name: "5", exact: true })).toHaveCount(0);

  // The numbering continues across pages: page 11 starts at total - 10·size.
  const firstNumber = await page.getByRole("main").locator("ol[reversed]").getAttribute("start");
  expect(Number(firstNumber)).toBe(board.total - 10 * board.page_size);
  await expect(page.getByRole("main").locator("ol[reversed] > li")).toHaveCount(board.page_size);

  // Jump to the last page, step back with "이전", then return to page 1.
  await pager(page).getByRole("link", { name: String(last), exact: true }).click();
  await expectCurrent(page, last);
  await expect(pager(page).getByRole("link", { name: "다음", exact: true })).toHaveCount(0);
  const prev = pager(page).getByRole("link", { name: "이전", exact: true });
  await expect(prev).toHaveAttribute("rel", "prev");
  await prev.click();
  await expectCurrent(page, last - 1);
  await pager(page).getByRole("link", { name: "1", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/board/${board.slug}$`));
  await expectCurrent(page, 1);
});

test("pages past the end are 404; malformed page numbers go to page 1", async ({ page, request }) => {
  const board = await biggestBoard();
  const last = Math.ceil(board.total / board.page_size);
  expect((await request.get(`/board/${board.slug}?page=${last}`)).status()).toBe(200);
  expect((await request.get(`/board/${board.slug}?page=${last + 1}`)).status()).toBe(404);
  expect((await request.get(`/board/${board.slug}?page=99999999999999999999`)).status()).not.toBe(500);
  for (const junk of ["abc", "-1", "1.5", "0", "%00"]) {
    const response = await page.goto(`/board/${board.slug}?page=${junk}`);
    expect(response?.status(), junk).toBe(200);
    await expect(page).toHaveURL(new RegExp(`/board/${board.slug}$`));
  }
});

test("pinned notices come first on every page of the notice board", async ({ page }) => {
  const notices = await withDatabase(async (db) => {
    const { rows } = await db.query<{ slug: string; title: string }>(
      `SELECT b.slug, a.title FROM articles a JOIN boards b ON b.id = a.board_id
        WHERE a.pinned AND a.status = 'PUBLISHED' ORDER BY a.published_at DESC LIMIT 1`,
    );
    return rows;
  });
  test.skip(notices.length === 0, "no pinned notice in this database");
  const { slug, title } = notices[0]!;
  await page.goto(`/board/${slug}`);
  const link = page.getByRole("main").getByRole("link", { name: title, exact: true });
  await expect(link).toBeVisible();
  await expect(page.getByRole("main").getByText("공지", { exact: true }).first()).toBeVisible();
});

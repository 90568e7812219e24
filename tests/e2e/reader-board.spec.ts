import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { withDatabase } from "./db";
import { signInAs } from "./editor-helpers";

type Board = { slug: string; name: string; page_size: number; total: number; notice: string };

// A board of its own, made by an admin through the boards admin, then filled with SQL: 28 pages
// of five articles (numbered by board_seq as publishing numbers them) and a pinned notice. No
// page of it was rendered before, so nothing cached can hide the rows.
const PAGE_SIZE = 5;
const ARTICLES = 27 * PAGE_SIZE + 3;

async function createBoard(browser: Browser): Promise<Board> {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const board = { slug: `pages-${suffix}`, name: `페이지 시험 ${suffix}`, page_size: PAGE_SIZE, total: ARTICLES, notice: `[공지] 고정 공지 ${suffix}` };
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "admin", "/editor/boards");
  const create = page.getByRole("form", { name: "게시판 만들기" });
  await create.getByLabel("이름", { exact: true }).fill(board.name);
  await create.getByLabel("주소 이름", { exact: true }).fill(board.slug);
  await create.getByLabel("한 페이지 글 수", { exact: true }).fill(String(PAGE_SIZE));
  await Promise.all([page.waitForURL(/done=created/), create.getByRole("button", { name: "게시판 만들기" }).click()]);
  await context.close();
  await withDatabase(async (db) => {
    const id = (await db.query<{ id: number }>("SELECT id FROM boards WHERE slug = $1", [board.slug])).rows[0]!.id;
    await db.query(
      `INSERT INTO articles (board_id, title, body, body_text, author_name, status, board_seq, published_at, edited_at, updated_at)
       SELECT $1, $3 || ' 기사 ' || g, '<p>본문</p>', '본문', '편집부', 'PUBLISHED', g,
              timestamptz '2001-01-01 09:00+09' + g * interval '1 hour', now(), now()
         FROM generate_series(1, $2::int) g`,
      [id, ARTICLES, board.name],
    );
    await db.query(
      `INSERT INTO articles (board_id, title, body, body_text, author_name, status, pinned, published_at, edited_at, updated_at)
       VALUES ($1, $2, '<p>공지</p>', '공지', '편집부', 'PUBLISHED', true, timestamptz '2000-06-01 09:00+09', now(), now())`,
      [id, board.notice],
    );
  });
  return board;
}

let board: Board;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(60_000);
  board = await createBoard(browser);
});

function pager(page: Page): Locator {
  return page.getByRole("navigation", { name: "페이지" });
}

async function expectCurrent(page: Page, n: number) {
  await expect(pager(page).getByRole("link", { name: String(n), exact: true })).toHaveAttribute("aria-current", "page");
  await expect(pager(page).locator('[aria-current="page"]')).toHaveCount(1);
}

test("paging a board to a deep page and back through the pagination links", async ({ page }) => {
  const last = Math.ceil(board.total / board.page_size);
  expect(last).toBe(28);

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

test("pinned notices come first on every page of the board", async ({ page }) => {
  for (const path of [`/board/${board.slug}`, `/board/${board.slug}?page=2`, `/board/${board.slug}?page=28`]) {
    await page.goto(path);
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: board.notice, exact: true })).toBeVisible();
    await expect(main.getByText("공지", { exact: true }).first()).toBeVisible();
    // Above the page's numbered articles.
    const titles = (await main.getByRole("link").allTextContents()).map((text) => text.trim());
    const firstArticle = titles.findIndex((text) => text.startsWith(`${board.name} 기사 `));
    expect(firstArticle, path).toBeGreaterThan(-1);
    expect(titles.indexOf(board.notice), path).toBeLessThan(firstArticle);
  }
});

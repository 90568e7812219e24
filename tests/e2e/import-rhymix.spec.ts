import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl, withDatabase } from "./db";
import { dropXeDatabase, loadSmallFixture, uniqueXeDatabaseName, type SmallFixture } from "../fixtures/xe/site";

// An XE site imported into the running demo newsroom with the real command, then read through
// its old addresses: 301 to the new page, which shows the post, its photo and its view count.
// The demo newsroom already has boards `news` and `schedule`, so XE's get `news-2`, `schedule-2`.

const run = promisify(execFile);
let fixture: SmallFixture;
let work: string;
let output = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  work = await mkdtemp(path.join(tmpdir(), "xe-e2e-"));
  fixture = await loadSmallFixture(uniqueXeDatabaseName("e2e"), path.join(work, "files"));
  const result = await run(
    process.execPath,
    ["--import", "tsx", "scripts/import-rhymix.ts", "--from", fixture.url, "--files", fixture.filesDir, "--database-url", e2eDatabaseUrl(), "--site", baseURL!],
    { cwd: path.resolve(import.meta.dirname, "../.."), env: { ...process.env, CI: "" }, maxBuffer: 16 * 1024 * 1024 },
  );
  output = result.stdout;
});

test.afterAll(async () => {
  if (fixture) await dropXeDatabase(fixture.database);
  if (work) await rm(work, { recursive: true, force: true });
});

async function articleIdOf(srl: number): Promise<number> {
  return withDatabase(async (db) => (await db.query<{ id: number }>("SELECT target_id AS id FROM legacy_ids WHERE kind = 'document' AND legacy_key = $1", [String(srl)])).rows[0]!.id);
}

test("the import command reports boards, skipped rows and refused schedule lines", async () => {
  expect(output).toMatch(/news → \/board\/news-2 \(new\)\s+42\s+0\s+0\s+2\s+1\s+0/);
  expect(output).toContain(`document_srl ${fixture.secretSrl} (news): secret post`);
  expect(output).toContain("▲ 종일 - 시정 홍보 주간");
  expect(output).toContain("refreshed the running site's cache.");
});

test("every old address of a post answers 301 to the article, which shows its photo and view count", async ({ page, request }) => {
  const id = await articleIdOf(fixture.photoArticle.srl);
  const srl = fixture.photoArticle.srl;
  for (const url of [`/index.php?mid=news&document_srl=${srl}`, `/index.php?document_srl=${srl}`, `/?document_srl=${srl}`, `/news/${srl}`, `/${srl}`]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(301);
    expect(new URL(response.headers().location!, "http://x").pathname, url).toBe(`/article/${id}`);
  }
  const response = await page.goto(`/index.php?mid=news&document_srl=${srl}`);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(`/article/${id}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(fixture.photoArticle.title);
  await expect(main.getByText(`조회 수 ${fixture.photoArticle.readed.toLocaleString("ko-KR")}`)).toBeVisible();
  const photo = main.getByRole("img", { name: "시청 앞 광장" }).first();
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(main.getByRole("link", { name: "보도자료 내려받기" })).toHaveAttribute("href", /^\/media\/files\//);
});

test("posts by guests and deleted members keep their byline; notices are pinned on the board", async ({ page }) => {
  await page.goto(`/${fixture.deletedMemberArticle.srl}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.deletedMemberArticle.title);
  await expect(page.getByRole("main").getByText("탈퇴한기자").first()).toBeVisible();
  await expect(page.getByRole("main").getByText(`조회 수 ${fixture.deletedMemberArticle.readed.toLocaleString("ko-KR")}`)).toBeVisible();
  await page.goto("/news");
  expect(new URL(page.url()).pathname).toBe("/board/news-2");
  await expect(page.getByRole("main").getByRole("link", { name: fixture.noticeArticle.title })).toBeVisible();
});

test("an old board page answers 301 to the same page of the board", async ({ page, request }) => {
  const response = await request.get("/index.php?mid=news&page=2", { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toMatch(/\/board\/news-2\?page=2$/);
  await page.goto("/index.php?mid=news&page=2");
  const pager = page.getByRole("navigation", { name: "페이지" }).first();
  await expect(pager.getByRole("link", { name: "2", exact: true })).toHaveAttribute("aria-current", "page");
  // 40 listed posts, 15 a page, newest first: page 2 holds posts 25 down to 11, as on XE.
  await expect(page.getByRole("main").getByRole("link", { name: "한빛시 소식 25호: 생활 밀착 사업 추진" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "한빛시 소식 11호: 생활 밀착 사업 추진" })).toBeVisible();
});

test("an old attachment path answers 301 to the photo we serve", async ({ request }) => {
  const response = await request.get(fixture.photoArticle.oldFilePath, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  const photo = await request.get(response.headers().location!);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toBe("image/jpeg");
});

test("a daily schedule post became schedule entries", async ({ page }) => {
  await page.goto(`/index.php?document_srl=${fixture.schedulePost.srl}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.schedulePost.title);
  await page.goto(`/schedule/${fixture.schedulePost.date}`);
  await expect(page.getByRole("main").getByText("간부회의").first()).toBeVisible();
});

test("unknown old ids are a real 404 page, not a redirect", async ({ page, request }) => {
  for (const url of ["/index.php?document_srl=987654", "/987654", "/news/987654", `/index.php?document_srl=${fixture.secretSrl}`, "/index.php?mid=nowhere", "/nowhere", "/files/attach/images/1/2/none.jpg"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
  }
  const response = await page.goto("/987654");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  // The home page and crawler files are not old addresses.
  expect((await request.get("/")).status()).toBe(200);
  expect((await request.get("/robots.txt")).status()).toBe(200);
});

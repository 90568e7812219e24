import { expect, test } from "@playwright/test";
import { signInAs } from "./editor-helpers";

test("editor home: status counts, filters and the 30-day views chart with its table", async ({ page }) => {
  await signInAs(page, "editor", "/editor");
  await expect(page.getByRole("heading", { name: "기사 목록", level: 1 })).toBeVisible();
  // The area's navigation: an editor reaches their account but not user management.
  const areaNav = page.getByRole("banner").getByRole("navigation");
  await expect(areaNav.getByRole("link", { name: "내 계정" })).toHaveAttribute("href", "/editor/account");
  await expect(areaNav.getByRole("link", { name: "사용자 관리" })).toHaveCount(0);
  const counts = page.getByRole("navigation", { name: "상태별 기사 수" });
  await expect(counts.getByRole("link", { name: /^발행 [\d,]+$/ })).toBeVisible();

  const filters = page.getByRole("form", { name: "기사 거르기" });
  await filters.getByLabel("상태").selectOption({ label: "발행" });
  await filters.getByLabel("게시판").selectOption({ label: "교육" });
  await filters.getByRole("button", { name: "거르기" }).click();
  await expect(page).toHaveURL(/status=PUBLISHED/);
  const rows = page.getByRole("table").first().getByRole("row");
  expect(await rows.count()).toBeGreaterThan(1);
  for (const cell of await page.getByRole("table").first().locator("tbody tr td:nth-child(2)").allTextContents()) expect(cell).toBe("교육");

  const chart = page.getByRole("region", { name: "최근 30일 조회 수" });
  await expect(chart).toContainText(/최근 30일 총 조회 수 [\d,]+회/);
  await chart.getByText("날짜별 조회 수 표").first().click();
  await expect(chart.getByRole("table").locator("tbody tr")).toHaveCount(30);
});

test("boards admin: create a board, change its slug: the new URL serves it, the old one no longer does", async ({ page, request }) => {
  await signInAs(page, "admin", "/editor/boards");
  const slug = `test-${Date.now().toString(36)}`;
  const create = page.getByRole("form", { name: "게시판 만들기" });
  await create.getByLabel("이름", { exact: true }).fill("시험 게시판");
  await create.getByLabel("주소 이름", { exact: true }).fill(slug);
  await Promise.all([page.waitForURL(/done=created/), create.getByRole("button", { name: "게시판 만들기" }).click()]);
  expect((await request.get(`/board/${slug}`)).status()).toBe(200);

  const edit = page.getByRole("form", { name: "시험 게시판" }).last();
  await edit.getByLabel("주소 이름", { exact: true }).fill(`${slug}-new`);
  await edit.getByRole("button", { name: "저장" }).click();
  await expect(edit.getByRole("status")).toHaveText("저장했습니다.");
  // The old address redirects through the HTTP cache in front (tests/e2e/edge); alone, 404.
  expect((await request.get(`/board/${slug}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get(`/board/${slug}-new`)).status()).toBe(200);
  await expect.poll(async () => (await request.get(`/board/${slug}/rss.xml`, { maxRedirects: 0 })).headers().location ?? "").toContain(`/board/${slug}-new/rss.xml`);

  // A bad slug is refused with a Korean message on that field.
  await edit.getByLabel("주소 이름", { exact: true }).fill("나쁜 주소");
  await edit.getByRole("button", { name: "저장" }).click();
  await expect(edit.getByLabel("주소 이름", { exact: true })).toHaveAccessibleDescription(/영문 소문자/);
});

test("boards admin is for admins only", async ({ page }) => {
  await signInAs(page, "editor", "/editor");
  await expect(page.getByRole("link", { name: "게시판 관리" })).toHaveCount(0);
  const response = await page.goto("/editor/boards");
  expect(response?.status()).toBe(404);
});

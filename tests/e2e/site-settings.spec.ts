import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./editor-helpers";

// The newspaper-law footer: filled in the demo newsroom, changed by an admin on /editor/settings,
// shown at once in the footer of reader pages (which are served from the shared cache).

const LABELS = ["등록번호", "등록일", "발행인", "편집인", "청소년보호책임자", "주소", "전화", "이메일"];

function footerValue(page: Page, label: string) {
  return page.getByRole("contentinfo").locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
}

test("every reader page's footer carries the newspaper-law imprint of the demo newsroom", async ({ page }) => {
  for (const path of ["/", "/board/news", "/schedule", "/search?q=시장", "/login"]) {
    await page.goto(path);
    const footer = page.getByRole("contentinfo");
    for (const label of LABELS) {
      await expect(footerValue(page, label), `${path} ${label}`).not.toHaveText("");
    }
    await expect(footer).toContainText("전북 아00127");
  }
});

test("an admin changes the imprint on /editor/settings: Korean errors first, then every footer shows it", async ({ page, browser }) => {
  await signInAs(page, "admin", "/editor/settings");
  await expect(page.getByRole("heading", { name: "사이트 설정", level: 1 })).toBeVisible();
  const phone = page.getByLabel("전화", { exact: true });
  const youth = page.getByLabel("청소년보호책임자", { exact: true });
  const original = { phone: await phone.inputValue(), youth: await youth.inputValue() };
  expect(original.phone).not.toBe("");

  // Bad input: each field says what is wrong, in Korean, tied to its input; nothing is saved.
  await phone.fill("전화번호");
  await page.getByLabel("이메일", { exact: true }).fill("news@");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("전화번호는 ‘063-123-4567’이나 ‘1588-1234’ 형식으로 입력해 주세요.")).toBeVisible();
  await expect(page.getByText("이메일 주소 형식이 올바르지 않습니다.")).toBeVisible();
  await expect(phone).toHaveValue("전화번호");

  const youthName = `보호${Date.now().toString(36).slice(-4)}`;
  await phone.fill("1588-0000");
  await page.getByLabel("이메일", { exact: true }).fill("desk@example.com");
  await youth.fill(youthName);
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByRole("status")).toHaveText(/사이트 설정을 저장했습니다/);

  // A reader (no session) sees it on cached pages within a moment.
  const reader = await browser.newPage();
  await expect
    .poll(async () => {
      await reader.goto("/");
      return footerValue(reader, "청소년보호책임자").textContent();
    }, { timeout: 5_000 })
    .toBe(youthName);
  await expect(footerValue(reader, "전화")).toHaveText("1588-0000");
  await reader.close();

  // Put the demo values back for the other specs.
  await page.reload();
  await page.getByLabel("전화", { exact: true }).fill(original.phone);
  await page.getByLabel("이메일", { exact: true }).fill("news@example.com");
  await page.getByLabel("청소년보호책임자", { exact: true }).fill(original.youth);
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByRole("status")).toHaveText(/사이트 설정을 저장했습니다/);
});

test("only admins reach the settings page", async ({ page }) => {
  await signInAs(page, "editor", "/editor");
  await expect(page.getByRole("navigation", { name: "편집 메뉴" }).getByRole("link", { name: "사이트 설정" })).toHaveCount(0);
  const response = await page.goto("/editor/settings");
  expect(response?.status()).toBe(404);
});

test("an IndexNow key set on the settings page is served at the site root as /{key}.txt", async ({ page, request }) => {
  const key = `e2e-${Date.now().toString(36)}-key`;
  expect((await request.get(`/${key}.txt`)).status()).toBe(404);
  await signInAs(page, "admin", "/editor/settings");
  const field = page.getByLabel("IndexNow 키", { exact: true });
  await field.fill("짧음");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByText("IndexNow 키는 영문, 숫자, 하이픈으로 8~128자여야 합니다.")).toBeVisible();
  await field.fill(key);
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByRole("status")).toHaveText(/사이트 설정을 저장했습니다/);

  const file = await request.get(`/${key}.txt`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(await file.text()).toBe(key);
  expect((await request.get("/robots.txt")).status()).toBe(200);
  expect((await request.get("/wrong-key-123.txt")).status()).toBe(404);

  // Cleared: the file goes away (the status line already says "saved", so poll the file).
  await field.fill("");
  await page.getByRole("button", { name: "저장" }).click();
  await expect.poll(async () => (await request.get(`/${key}.txt`)).status(), { timeout: 5_000 }).toBe(404);
});

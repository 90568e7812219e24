import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { articleIdFrom, bodyEditor, signInAs, uniqueTitle } from "./editor-helpers";

// Photos go through /api/uploads: bad files are refused with a clear Korean message, a good one
// lands in the body as a figure with its alt text.

async function openDialog(page: import("@playwright/test").Page) {
  await signInAs(page, "editor", "/editor/articles/new");
  await expect(bodyEditor(page)).toBeVisible();
  await page.getByRole("button", { name: "사진 넣기" }).click();
  const dialog = page.getByRole("dialog", { name: "사진 올리기" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("a text file renamed .jpg is refused with a Korean message", async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByLabel("사진 파일").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("사진인 척하는 글자 파일") });
  await dialog.getByLabel("대체 텍스트").fill("가짜 사진");
  await dialog.getByRole("button", { name: "올리기" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/사진 파일이 아닙니다/);
});

test("an SVG is refused", async ({ page }) => {
  const dialog = await openDialog(page);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>';
  await dialog.getByLabel("사진 파일").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(svg) });
  await dialog.getByLabel("대체 텍스트").fill("로고");
  await dialog.getByRole("button", { name: "올리기" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/SVG 파일은 올릴 수 없습니다/);
});

test("alt text is required", async ({ page }) => {
  const dialog = await openDialog(page);
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#3a6" } }).png().toBuffer();
  await dialog.getByLabel("사진 파일").setInputFiles({ name: "a.png", mimeType: "image/png", buffer: png });
  await dialog.getByRole("button", { name: "올리기" }).click();
  await expect(dialog.getByLabel("대체 텍스트")).toHaveAccessibleDescription(/대체 텍스트를 입력해 주세요\./);

  // The server insists too.
  const response = await page.request.post("/api/uploads", { multipart: { file: { name: "a.png", mimeType: "image/png", buffer: png }, alt: "  " } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toBe("대체 텍스트를 입력해 주세요.");
});

test("oversized and signed-out uploads are refused by the server", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "editor", "/editor");
  const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
  const tooBig = await page.request.post("/api/uploads", { multipart: { file: { name: "big.jpg", mimeType: "image/jpeg", buffer: big }, alt: "큰 파일" } });
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error).toMatch(/20MB 이하/);

  const anonymous = await playwright.request.newContext({ baseURL });
  const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#000" } }).png().toBuffer();
  const refused = await anonymous.post("/api/uploads", { multipart: { file: { name: "a.png", mimeType: "image/png", buffer: png }, alt: "익명" } });
  expect(refused.status()).toBe(401);
  await anonymous.dispose();
});

test("a good photo is uploaded and inserted with its alt text and caption", async ({ page }) => {
  const dialog = await openDialog(page);
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#48c" } }).jpeg().toBuffer();
  await dialog.getByLabel("사진 파일").setInputFiles({ name: "city.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await dialog.getByLabel("대체 텍스트").fill("시청 앞 광장");
  await dialog.getByLabel("사진 설명 (선택)").fill("시청 앞 광장의 아침");
  await dialog.getByRole("button", { name: "올리기" }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  const img = bodyEditor(page).getByRole("img", { name: "시청 앞 광장" });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute("src", /^\/media\/images\/.+\/960\.jpg$/);
  await expect(bodyEditor(page).locator("figcaption")).toHaveText("시청 앞 광장의 아침");
  const src = await img.getAttribute("src");
  const served = await page.request.get(src ?? "");
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/jpeg");

  // Published, the photo reaches readers as <picture> with AVIF/WebP sources and its alt text.
  await page.getByLabel("제목", { exact: true }).fill(uniqueTitle("사진 기사"));
  await page.getByLabel("게시판", { exact: true }).selectOption({ label: "행정" });
  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const reader = await page.context().browser()!.newPage();
  await reader.goto(`/article/${articleIdFrom(page.url())}`);
  const photo = reader.locator("article").first().getByRole("img", { name: "시청 앞 광장" });
  await expect(photo).toBeVisible();
  await expect(photo).toHaveAttribute("width", /\d+/);
  await expect(reader.locator('article picture source[type="image/avif"]').first()).toHaveAttribute("srcset", /480w.*960w/);
  await reader.close();
});

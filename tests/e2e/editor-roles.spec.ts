import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "./editor-helpers";

// A reporter writes and submits; only editors publish. The UI hides 발행, and the server refuses
// the action even when a reporter posts it directly with their own session cookie.

test("a reporter sees no 발행 button, only 임시저장 and 제출", async ({ page }) => {
  await signInAs(page, "reporter", "/editor/articles/new");
  await expect(page.getByRole("button", { name: "임시저장" })).toBeVisible();
  await expect(page.getByRole("button", { name: "제출" })).toBeVisible();
  await expect(page.getByRole("button", { name: "발행", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "예약 발행" })).toHaveCount(0);
});

test("a reporter's direct POST of the publish action is refused and publishes nothing", async ({ page }) => {
  await signInAs(page, "reporter", "/editor/articles/new");
  const title = uniqueTitle("기자 직접 발행 시도");
  await fillArticle(page, title, "행정", "기자가 쓴 초안입니다.");

  // Capture the real server-action request of 임시저장 (the reporter's own cookies, the real
  // action id), then replay it with the intent switched to publish.
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "임시저장" }).click(),
  ]);
  await page.waitForURL(/done=saved/);
  const draftId = articleIdFrom(page.url());
  const body = request.postDataBuffer()?.toString("utf8") ?? "";
  expect(body).toMatch(/name="[^"]*intent"\r\n\r\nsave/);
  const forged = body.replace(/(name="[^"]*intent"\r\n\r\n)save/, "$1publish").replace(/(name="[^"]*title"\r\n\r\n)[^\r]*/, `$1${title} 위조`);
  const headers = await request.allHeaders();
  const response = await page.request.post(request.url(), {
    headers: {
      "content-type": headers["content-type"] ?? "",
      "next-action": headers["next-action"] ?? "",
      "next-router-state-tree": headers["next-router-state-tree"] ?? "",
      accept: "text/x-component",
      origin: headers.origin ?? new URL(request.url()).origin,
    },
    data: Buffer.from(forged, "utf8"),
    maxRedirects: 0,
  });
  const text = await response.text();
  expect(text).toContain("이 작업을 할 권한이 없습니다.");

  const published = await withDatabase((db) =>
    db.query("SELECT count(*)::int AS n FROM articles WHERE title LIKE $1 AND status = 'PUBLISHED'", [`${title}%`]),
  );
  expect(published.rows[0].n).toBe(0);
  // The draft itself stays a draft, and the public page doesn't know it.
  expect((await page.request.get(`/article/${draftId}`)).status()).toBe(404);
  expect(await (await page.request.get("/")).text()).not.toContain(title);
});

test("a reporter's submitted draft is published by an editor", async ({ browser }) => {
  const reporter = await browser.newPage();
  await signInAs(reporter, "reporter", "/editor/articles/new");
  const title = uniqueTitle("검토 요청 기사");
  await fillArticle(reporter, title, "교육", "편집자 검토를 기다리는 기사입니다.");
  await Promise.all([reporter.waitForURL(/done=submitted/), reporter.getByRole("button", { name: "제출" }).click()]);
  const id = articleIdFrom(reporter.url());
  await expect(reporter.getByText("검토 요청", { exact: true })).toBeVisible();

  const editor = await browser.newPage();
  await signInAs(editor, "editor", "/editor?status=SUBMITTED");
  await editor.getByRole("link", { name: title }).click();
  await Promise.all([editor.waitForURL(/done=published/), editor.getByRole("button", { name: "발행", exact: true }).click()]);
  expect(articleIdFrom(editor.url())).toBe(id);
  expect((await editor.request.get(`/article/${id}`)).status()).toBe(200);
  await reporter.close();
  await editor.close();
});

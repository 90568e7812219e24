import { expect, test } from "@playwright/test";
import { articleIdFrom, bodyEditor, fillArticle, signInAs, uniqueTitle } from "./editor-helpers";
import { msUntil } from "./timing";

// Publish → visible on the home page, the board listing and the RSS feed within a second,
// measured from the moment the 발행 click's navigation has completed.

test("publish: the title is on /, the board page and /rss.xml within 1 s", async ({ page, request }) => {
  test.setTimeout(60_000);
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("발행 속도 시험");
  await fillArticle(page, title, "행정", "시청에서 새 소식을 전합니다.");

  // Warm the public pages so their cached copies exist and must be invalidated.
  for (const path of ["/", "/board/news", "/rss.xml"]) expect((await request.get(path)).status()).toBe(200);

  await Promise.all([page.waitForURL(/\/editor\/articles\/\d+\?done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const started = Date.now();
  const id = articleIdFrom(page.url());
  const [home, board, rss] = await Promise.all([
    msUntil(request, ["/"], (body) => body.includes(title), started),
    msUntil(request, ["/board/news"], (body) => body.includes(title), started),
    msUntil(request, ["/rss.xml"], (body) => body.includes(title), started),
  ]);
  console.log(`publish → visible: home ${home} ms, board ${board} ms, rss ${rss} ms (article ${id})`);
  await expect(page.getByRole("status").filter({ hasText: "발행했습니다." })).toBeVisible();
  expect(home).toBeLessThan(1000);
  expect(board).toBeLessThan(1000);
  expect(rss).toBeLessThan(1000);

  const article = await request.get(`/article/${id}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain("시청에서 새 소식을 전합니다.");
});

test("Korean typed through the IME path and inserted text both land in the body", async ({ page }) => {
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("한글 입력");
  await page.getByLabel("제목", { exact: true }).fill(title);
  await page.getByLabel("게시판", { exact: true }).selectOption({ label: "교육" });
  const editable = bodyEditor(page);
  await editable.click();
  await page.keyboard.type("가나다라 마바사");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("한글 조합 입력: 공공의대법");
  await expect(editable).toContainText("가나다라 마바사");
  await expect(editable).toContainText("한글 조합 입력: 공공의대법");

  await Promise.all([page.waitForURL(/done=saved/), page.getByRole("button", { name: "임시저장" }).click()]);
  // The saved draft reopens with the same text, paragraph by paragraph.
  await expect(bodyEditor(page).locator("p")).toHaveText(["가나다라 마바사", "한글 조합 입력: 공공의대법"]);
  await expect(page.getByLabel("제목", { exact: true })).toHaveValue(title);
});

test("delete: the public URL then answers 404 (410 through the HTTP cache in front)", async ({ page, request }) => {
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("지울 기사");
  await fillArticle(page, title, "사회", "곧 지울 기사입니다.");
  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const id = articleIdFrom(page.url());
  expect((await request.get(`/article/${id}`)).status()).toBe(200);

  await page.getByRole("button", { name: "삭제", exact: true }).click();
  await Promise.all([page.waitForURL(/done=deleted/), page.getByRole("button", { name: "삭제 확인" }).click()]);
  expect((await request.get(`/article/${id}`, { maxRedirects: 0 })).status()).toBe(404);
  // …and it left the board listing.
  expect(await (await request.get("/board/society")).text()).not.toContain(title);
});

test("a field error is shown in Korean next to its field and nothing typed is lost", async ({ page }) => {
  await signInAs(page, "editor", "/editor/articles/new");
  await page.getByLabel("게시판", { exact: true }).selectOption({ label: "행정" });
  await bodyEditor(page).click();
  await page.keyboard.insertText("제목 없이 쓴 본문");
  await page.getByRole("button", { name: "발행", exact: true }).click();
  const title = page.getByLabel("제목", { exact: true });
  await expect(title).toHaveAccessibleDescription("제목을 입력해 주세요.");
  await expect(bodyEditor(page)).toContainText("제목 없이 쓴 본문");
  await expect(page).toHaveURL(/\/editor\/articles\/new$/);
});

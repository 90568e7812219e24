import { expect, test } from "@playwright/test";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "../editor-helpers";
import { msUntil } from "../timing";

// What an editor changes is what readers get through the HTTP cache in front, within a
// second: publish, edit, unpublish, delete and a scheduled publish, on the home page, the
// board page, the article and /rss.xml.

const LISTS = ["/", "/board/news", "/rss.xml"];

test("publish, edit, unpublish and delete show through the edge within 1 s", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("엣지 발행 시험");
  await fillArticle(page, title, "행정", "캐시를 지나도 바로 보입니다.");
  // The edge holds copies of the lists before anything changes.
  for (const path of LISTS) expect((await request.get(path)).status()).toBe(200);

  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const id = articleIdFrom(page.url());
  const published = await msUntil(request, [...LISTS, `/article/${id}`], (body) => body.includes(title), Date.now());

  await page.getByLabel("제목", { exact: true }).fill(`${title} 고침`);
  await Promise.all([page.waitForURL(/done=saved/), page.getByRole("button", { name: "저장", exact: true }).click()]);
  const edited = await msUntil(request, [...LISTS, `/article/${id}`], (body) => body.includes(`${title} 고침`), Date.now());

  await Promise.all([page.waitForURL(/done=unpublished/), page.getByRole("button", { name: "발행 취소", exact: true }).click()]);
  const unpublished = await msUntil(request, LISTS, (body) => !body.includes(title), Date.now());
  expect((await request.get(`/article/${id}`)).status()).toBe(404);

  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  await msUntil(request, LISTS, (body) => body.includes(title), Date.now());
  await page.getByRole("button", { name: "삭제", exact: true }).click();
  await Promise.all([page.waitForURL(/done=deleted/), page.getByRole("button", { name: "삭제 확인" }).click()]);
  const deleted = await msUntil(request, LISTS, (body) => !body.includes(title), Date.now());

  console.log(`through the edge: publish ${published} ms, edit ${edited} ms, unpublish ${unpublished} ms, delete ${deleted} ms`);
  for (const ms of [published, edited, unpublished, deleted]) expect(ms).toBeLessThan(1_000);
});

test("a scheduled post shows through the edge within 1 s of its time", async ({ page, request }) => {
  test.setTimeout(60_000);
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("엣지 예약 발행");
  await fillArticle(page, title, "행정", "예약한 시각에 보입니다.");
  for (const path of LISTS) expect((await request.get(path)).status()).toBe(200);
  const due = Math.ceil((Date.now() + 4_000) / 1000) * 1000;
  await page.getByLabel("예약 시각 (한국 시간)").fill(new Date(due + 9 * 3600_000).toISOString().slice(0, 19));
  await Promise.all([page.waitForURL(/done=scheduled/), page.getByRole("button", { name: "예약 발행" }).click()]);
  const id = articleIdFrom(page.url());
  expect(Date.now()).toBeLessThan(due);

  const late = await msUntil(request, [...LISTS, `/article/${id}`], (body) => body.includes(title), due, 10_000 + due - Date.now());
  console.log(`scheduled post through the edge ${late} ms after its time`);
  expect(late).toBeLessThan(1_000);
});

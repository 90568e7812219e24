import { expect, test } from "@playwright/test";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "./editor-helpers";

// 정정·반론보도: an editor attaches a dated note to a published article; a reader sees it at the top
// of the article with its time, the 수정 time and dateModified follow, and the audit log has it.

function seoulMinute(date: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

test("an editor posts a correction; the reader sees [정정] with its time at the top, and 수정 follows", async ({ page, browser }) => {
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("정정 시험");
  await fillArticle(page, title, "행정", "시 예산은 3억원이다.");
  await Promise.all([page.waitForURL(/\/editor\/articles\/\d+\?done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const id = articleIdFrom(page.url());

  const reader = await browser.newPage();
  await reader.goto(`/article/${id}`);
  await expect(reader.getByRole("region", { name: "정정·반론보도" })).toHaveCount(0);

  const section = page.getByRole("region", { name: "정정·반론보도" });
  // Empty text: a Korean error, nothing posted.
  await section.getByRole("button", { name: "정정·반론 게시" }).click();
  await expect(section.getByText("내용을 입력해 주세요.")).toBeVisible();

  await section.getByLabel("종류").selectOption("CORRECTION");
  await section.getByLabel("내용").fill("기사 중 ‘3억원’은 ‘30억원’이기에 바로잡습니다.");
  const posted = new Date();
  await Promise.all([page.waitForURL(/done=corrected/), section.getByRole("button", { name: "정정·반론 게시" }).click()]);
  await expect(page.getByRole("status").filter({ hasText: "정정·반론보도를 게시했습니다." })).toBeVisible();

  // The reader's cached page is replaced at once.
  const notes = reader.getByRole("region", { name: "정정·반론보도" });
  await expect
    .poll(async () => {
      await reader.reload();
      return notes.count();
    }, { timeout: 5_000 })
    .toBe(1);
  const note = notes.getByRole("paragraph");
  await expect(note).toHaveText(/^\[정정\] 기사 중 ‘3억원’은 ‘30억원’이기에 바로잡습니다\. \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/);
  const time = note.locator("time");
  const shown = (await time.textContent())!.replace(/[()]/g, "");
  expect([seoulMinute(posted), seoulMinute(new Date(posted.getTime() + 60_000))]).toContain(shown);
  // At the top: before the body text.
  const order = await reader.getByRole("article").evaluate((el) => el.textContent!.indexOf("[정정]") < el.textContent!.indexOf("시 예산은"));
  expect(order).toBe(true);
  await expect(reader.getByRole("main").getByText(`수정 ${shown}`)).toBeVisible();

  const html = await (await reader.request.get(`/article/${id}`)).text();
  const news = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((m) => JSON.parse(m[1]!)).find((d: { "@type": string }) => d["@type"] === "NewsArticle");
  expect(news.dateModified.slice(0, 16).replace("T", " ")).toBe(shown);
  expect(news.dateModified).not.toBe(news.datePublished);
  await reader.close();

  // The audit log (admin's view) records it.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin", "/editor/users");
  await expect(admin.getByRole("cell", { name: "정정·반론보도 게시" }).first()).toBeVisible();
  await adminContext.close();
});

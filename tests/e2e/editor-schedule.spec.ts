import { expect, test } from "@playwright/test";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "./editor-helpers";

/** `YYYY-MM-DDTHH:mm:ss` in Asia/Seoul, as a datetime-local input takes it. */
function seoulInput(date: Date): string {
  return new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 19);
}

test("a post scheduled a few seconds ahead publishes on time", async ({ page, request }) => {
  test.setTimeout(60_000);
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("예약 발행 시험");
  await fillArticle(page, title, "문화·관광", "예약해 둔 기사입니다.");
  const due = new Date(Date.now() + 8_000);
  await page.getByLabel("예약 시각 (한국 시간)").fill(seoulInput(due));
  await Promise.all([page.waitForURL(/done=scheduled/), page.getByRole("button", { name: "예약 발행" }).click()]);
  const id = articleIdFrom(page.url());
  await expect(page.getByText("예약", { exact: true })).toBeVisible();
  expect((await request.get(`/article/${id}`)).status()).toBe(404);
  // Cached copies of the listings exist before the scheduler runs; it must invalidate them.
  for (const path of ["/", "/board/culture", "/rss.xml"]) expect(await (await request.get(path)).text()).not.toContain(title);

  let publishedAt = 0;
  await expect
    .poll(
      async () => {
        const ok = (await request.get(`/article/${id}`)).status() === 200;
        if (ok) publishedAt = Date.now();
        return ok;
      },
      { timeout: due.getTime() + 15_000 - Date.now(), intervals: [100], message: "the scheduled post never appeared" },
    )
    .toBe(true);
  // The form takes whole seconds: the post is due at the start of its second.
  const late = publishedAt - Math.floor(due.getTime() / 1000) * 1000;
  console.log(`scheduled post visible ${late} ms after its time`);
  expect(late).toBeGreaterThanOrEqual(0);
  expect(late).toBeLessThan(1_000);
  for (const path of ["/", "/board/culture", "/rss.xml"]) {
    await expect.poll(async () => (await (await request.get(path)).text()).includes(title), { timeout: 2_000, message: path }).toBe(true);
  }
});

test("schedule paste: a bad line is reported with its line number, good lines fill the rows", async ({ page }) => {
  await signInAs(page, "editor", "/editor/schedule/new");
  await page.getByLabel("일정 날짜").fill("2027-02-19");
  await expect(page.getByText("2월 19일 금요일")).toBeVisible();
  const paste = ["▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장", "▲ 25:00 - 잘못된 시각의 행사", "▲ 14:00 - 현장 점검, 시청 광장, , , 시 장"].join("\n");
  await page.getByLabel("붙여넣기 (▲ 줄)").fill(paste);
  await page.getByRole("button", { name: "읽어 오기" }).click();
  const errors = page.getByRole("alert").filter({ hasText: "읽지 못한 줄" });
  await expect(errors).toContainText("2번째 줄: 시각 형식이 잘못되었습니다 (25:00)");
  await expect(page.getByRole("status").filter({ hasText: "항목을 읽었습니다" })).toHaveText("2개 항목을 읽었습니다.");

  const first = page.getByRole("group", { name: "1번째 항목" });
  await expect(first.getByLabel("시각")).toHaveValue("08:30");
  await expect(first.getByLabel("행사명")).toHaveValue("간부회의");
  await expect(first.getByLabel("참석자")).toHaveValue("부시장");
  const second = page.getByRole("group", { name: "2번째 항목" });
  await expect(second.getByLabel("장소")).toHaveValue("시청 광장");
  await expect(second.getByLabel("참석자")).toHaveValue("시 장");

  // Reorder, then publish: the entries land on that day's schedule page in the ▲ form.
  await page.getByRole("button", { name: "2번째 항목 위로" }).click();
  await expect(page.getByRole("group", { name: "1번째 항목" }).getByLabel("행사명")).toHaveValue("현장 점검");
  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const day = await (await page.request.get("/schedule/2027-02-19")).text();
  expect(day).toContain("간부회의");
  expect(day).toContain("현장 점검");
});

test("schedule rows: a bad row is refused by the server with a message on that row", async ({ page }) => {
  await signInAs(page, "editor", "/editor/schedule/new");
  await page.getByLabel("일정 날짜").fill("2027-03-04");
  const row = page.getByRole("group", { name: "1번째 항목" });
  await row.getByLabel("시각").fill("아침");
  await row.getByLabel("행사명").fill("조회");
  await page.getByRole("button", { name: "임시저장" }).click();
  await expect(row.getByLabel("시각")).toHaveAccessibleDescription(/시각 형식이 잘못되었습니다|시각/);
  await expect(page).toHaveURL(/\/editor\/schedule\/new$/);
});

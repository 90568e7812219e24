import { expect, test } from "@playwright/test";

const LINE = /^▲ \d{2}:\d{2} - \S/;

test("a schedule day lists ▲ lines, and previous/next day links move between days", async ({ page }) => {
  const today = await page.goto("/schedule");
  expect(today?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: /오늘의 주요일정\] - \d+월 \d+일 [일월화수목금토]요일/ })).toBeVisible();

  // The nearest earlier day with entries (the demo newsroom has schedules up to yesterday).
  const days = page.getByRole("navigation", { name: "일정 날짜 이동" });
  await days.getByRole("link", { name: /이전 일정/ }).click();
  await expect(page).toHaveURL(/\/schedule\/\d{4}-\d{2}-\d{2}$/);
  const dayUrl = page.url();

  const items = page.getByRole("main").getByRole("listitem").filter({ hasText: /^▲ / });
  expect(await items.count()).toBeGreaterThan(0);
  for (const text of await items.allTextContents()) expect(text).toMatch(LINE);
  const times = (await items.allTextContents()).map((t) => t.slice(2, 7));
  expect([...times].sort()).toEqual(times);
  await expect(page.getByRole("link", { name: /일정 기사 보기/ }).first()).toHaveAttribute("href", /^\/article\/\d+$/);

  await days.getByRole("link", { name: /이전 일정/ }).click();
  await expect(page).not.toHaveURL(dayUrl);
  const previous = new URL(page.url()).pathname.slice("/schedule/".length);
  expect(previous < new URL(dayUrl).pathname.slice("/schedule/".length)).toBe(true);
  await days.getByRole("link", { name: /다음 일정/ }).click();
  await expect(page).toHaveURL(dayUrl);
});

test("the schedule post link opens the article", async ({ page }) => {
  await page.goto("/schedule");
  await page.getByRole("navigation", { name: "일정 날짜 이동" }).getByRole("link", { name: /이전 일정/ }).click();
  await page.getByRole("link", { name: /일정 기사 보기/ }).first().click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("주요일정");
});

test("a day without entries says so with status 200; a malformed day is 404", async ({ page }) => {
  const empty = await page.goto("/schedule/2001-01-01");
  expect(empty?.status()).toBe(200);
  await expect(page.getByText("이 날은 등록된 일정이 없습니다.")).toBeVisible();
  expect((await page.goto("/schedule/2025-13-01"))?.status()).toBe(404);
});

test("/schedule.ics is an iCalendar feed in Asia/Seoul", async ({ request }) => {
  const response = await request.get("/schedule.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(text).toContain("TZID:Asia/Seoul");
  expect(text).toMatch(/DTSTART;TZID=Asia\/Seoul:\d{8}T\d{6}\r\n/);
  expect(text).toMatch(/UID:schedule-entry-\d+@/);
});

import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";

// A counted view is recorded before the beacon answers and folded into the counter by the
// worker within a second or two, so the test reads the database (the page itself may show a
// count up to a minute old by design).
async function storedCount(id: number): Promise<number> {
  return withDatabase(async (db) => (await db.query<{ n: number }>("SELECT view_count AS n FROM articles WHERE id = $1", [id])).rows[0]!.n);
}

/** Views recorded but not yet folded into the counter. */
async function pendingViews(id: number): Promise<number> {
  return withDatabase(async (db) => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM article_view_events WHERE article_id = $1", [id])).rows[0]!.n);
}

test("one count per reader per day: a reload does not count, a new reader does, a bot does not", async ({ browser, request }) => {
  // An old article nobody else is likely to open during the run.
  const id = await withDatabase(
    async (db) =>
      (await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' AND NOT pinned ORDER BY random() LIMIT 1")).rows[0]!.id,
  );
  const before = await storedCount(id);

  // Two readers are two clients (the server also counts one client once per ten minutes, cookie
  // or not): through the trusted proxy address, each brings its own X-Forwarded-For.
  const reader1 = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.31" } });
  const page1 = await reader1.newPage();
  const beacon = page1.waitForResponse((r) => r.url().endsWith(`/api/views/${id}`));
  await page1.goto(`/article/${id}`);
  expect((await beacon).status()).toBe(200);
  await expect.poll(() => storedCount(id), { timeout: 15_000 }).toBe(before + 1);

  const again = page1.waitForResponse((r) => r.url().endsWith(`/api/views/${id}`));
  await page1.reload();
  await again;
  const bot = await request.get(`/api/views/${id}`, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" } });
  expect(bot.status()).toBe(200);
  // Whatever those two requests recorded is folded (nothing, if they did not count).
  await expect.poll(() => pendingViews(id), { timeout: 15_000 }).toBe(0);
  expect(await storedCount(id)).toBe(before + 1);

  const reader2 = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.32" } });
  const page2 = await reader2.newPage();
  await page2.goto(`/article/${id}`);
  await expect.poll(() => storedCount(id), { timeout: 15_000 }).toBe(before + 2);

  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date());
  const daily = await withDatabase(
    async (db) => (await db.query<{ views: number }>("SELECT views FROM article_daily_views WHERE article_id = $1 AND day = $2::date", [id, today])).rows[0]?.views ?? 0,
  );
  expect(daily).toBeGreaterThanOrEqual(2);
  await reader1.close();
  await reader2.close();
});

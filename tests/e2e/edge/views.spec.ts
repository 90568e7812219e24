import { expect, test } from "@playwright/test";
import { withEdgeDatabase } from "./edge-helpers";

// View counts stay exact with the HTTP cache in front: its cached pages carry the counting
// beacon, which always reaches the origin.

async function counts(id: number): Promise<{ total: number; pending: number }> {
  return withEdgeDatabase(async (db) => {
    const total = (await db.query<{ n: number }>("SELECT view_count AS n FROM articles WHERE id = $1", [id])).rows[0]!.n;
    const pending = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM article_view_events WHERE article_id = $1", [id])).rows[0]!.n;
    return { total, pending };
  });
}

test("N distinct readers through the edge count N; the same readers again count nothing", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = await withEdgeDatabase(
    async (db) => (await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' AND NOT pinned ORDER BY id DESC LIMIT 1 OFFSET 40")).rows[0]!.id,
  );
  const before = (await counts(id)).total;
  // Distinct readers have distinct addresses: each arrives through a trusted proxy that names it
  // (nginx appends the loopback address it saw, which the servers trust; see TRUSTED_PROXIES).
  const readers = await Promise.all(
    Array.from({ length: 5 }, (_, i) => browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${10 + i}` } })),
  );
  const read = async () => {
    for (const reader of readers) {
      const page = await reader.newPage();
      const beacon = page.waitForResponse((response) => response.url().endsWith(`/api/views/${id}`));
      const response = await page.goto(`/article/${id}`);
      expect(response?.status()).toBe(200);
      expect((await beacon).status()).toBe(200);
      await page.close();
    }
  };
  await read();
  await expect.poll(async () => counts(id), { timeout: 15_000 }).toEqual({ total: before + readers.length, pending: 0 });

  // The article page came from the edge's cache for most of them; the counts did not care.
  await read();
  await expect.poll(async () => (await counts(id)).pending, { timeout: 15_000 }).toBe(0);
  expect((await counts(id)).total).toBe(before + readers.length);
  await Promise.all(readers.map((reader) => reader.close()));
});

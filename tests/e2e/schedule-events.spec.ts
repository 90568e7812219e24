import { expect, test } from "@playwright/test";
import { withDatabase } from "./db";

// Schedules as events for search engines: each day page carries Event JSON-LD for its entries,
// and /schedule has a lastmod in the sitemap.

test("a schedule day page carries one Event per entry: name, start in Asia/Seoul, location", async ({ request }) => {
  const day = await withDatabase(async (db) =>
    (await db.query<{ day: string; n: number }>(
      `SELECT to_char(e.date, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM schedule_entries e JOIN articles a ON a.id = e.article_id
        WHERE a.status = 'PUBLISHED' GROUP BY e.date ORDER BY e.date DESC LIMIT 1`,
    )).rows[0]!,
  );
  const html = await (await request.get(`/schedule/${day.day}`)).text();
  const events = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .flatMap((m) => JSON.parse(m[1]!) as unknown)
    .flat()
    .filter((d) => (d as { "@type": string })["@type"] === "Event") as Array<{ name: string; startDate: string; location: { "@type": string; name: string } }>;
  expect(events).toHaveLength(day.n);
  const entries = await withDatabase(async (db) =>
    (await db.query<{ time: string; event: string }>(
      `SELECT e.time, e.event FROM schedule_entries e JOIN articles a ON a.id = e.article_id
        WHERE a.status = 'PUBLISHED' AND e.date = $1 ORDER BY e.time, e.article_id, e.sort_order, e.id`,
      [day.day],
    )).rows,
  );
  expect(events.map((e) => [e.name, e.startDate])).toEqual(entries.map((e) => [e.event, `${day.day}T${e.time}:00+09:00`]));
  for (const event of events) {
    expect(event.location["@type"]).toBe("Place");
    expect(event.location.name.length).toBeGreaterThan(0);
  }
});

test("/schedule is in the sitemap with a lastmod", async ({ request }) => {
  const xml = await (await request.get("/sitemaps/pages.xml")).text();
  expect(xml).toMatch(/<loc>[^<]+\/schedule<\/loc>\s*<lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00<\/lastmod>/);
});

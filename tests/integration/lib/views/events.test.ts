import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { foldViewEvents, forgetViewWindows, recordViewEvent, viewRequestId, viewWindowMs } from "@/lib/views/events";
import { createTestPool, createTestPrisma, truncateAll } from "../../../setup/db";

const pool = createTestPool();
const prisma = createTestPrisma();
let hot: number;
let other: number;

beforeEach(async () => {
  await truncateAll(pool);
  const board = await prisma.board.create({ data: { slug: "news", name: "행정" } });
  const make = (title: string) =>
    prisma.article.create({ data: { boardId: board.id, title, authorName: "편집부", status: "PUBLISHED", publishedAt: new Date(), viewCount: 1000 } });
  hot = (await make("hot")).id;
  other = (await make("other")).id;
});

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

async function counts(id: number) {
  const article = await prisma.article.findUniqueOrThrow({ where: { id }, select: { viewCount: true } });
  const daily = await pool.query<{ day: string; views: number }>(
    "SELECT to_char(day, 'YYYY-MM-DD') AS day, views FROM article_daily_views WHERE article_id = $1 ORDER BY day",
    [id],
  );
  return { total: article.viewCount, daily: daily.rows };
}

async function pendingEvents(): Promise<number> {
  return (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM article_view_events")).rows[0]!.n;
}

let seq = 0;
const record = (id: number, day: string) => recordViewEvent(id, day, `test-${++seq}-${Date.now()}`);

describe("view events", () => {
  it("folds recorded views into view_count and the daily rows, then removes them", async () => {
    for (let i = 0; i < 5; i++) await record(hot, "2024-06-21");
    await record(hot, "2024-06-22");
    await record(other, "2024-06-21");
    expect(await pendingEvents()).toBe(7);

    expect(await foldViewEvents()).toBe(7);
    expect(await pendingEvents()).toBe(0);
    expect(await counts(hot)).toEqual({ total: 1006, daily: [{ day: "2024-06-21", views: 5 }, { day: "2024-06-22", views: 1 }] });
    expect(await counts(other)).toEqual({ total: 1001, daily: [{ day: "2024-06-21", views: 1 }] });

    // A later fold adds to the existing daily row.
    for (let i = 0; i < 4; i++) await record(hot, "2024-06-22");
    expect(await foldViewEvents()).toBe(4);
    expect(await counts(hot)).toEqual({ total: 1010, daily: [{ day: "2024-06-21", views: 5 }, { day: "2024-06-22", views: 5 }] });
    expect(await foldViewEvents()).toBe(0);
  });

  it("counts a retried request once", async () => {
    await recordViewEvent(hot, "2024-06-21", "retried-request-1");
    await recordViewEvent(hot, "2024-06-21", "retried-request-1");
    await foldViewEvents();
    // Folded already: the id is no longer known, but a retry comes within milliseconds.
    expect((await counts(hot)).total).toBe(1001);
  });

  it("drops views of articles that no longer exist", async () => {
    await record(hot, "2024-06-21");
    await record(999_999, "2024-06-21");
    expect(await foldViewEvents()).toBe(2);
    expect((await counts(hot)).total).toBe(1001);
    expect(await pendingEvents()).toBe(0);
  });

  it("counts exactly 1,000 concurrent views of one article folded by two workers at once", async () => {
    const views = 1000;
    const folds: Promise<number>[] = [];
    await Promise.all(
      Array.from({ length: views }, async (_, i) => {
        await record(hot, "2024-06-21");
        // Two "workers" fold while readers are still counting.
        if (i % 50 === 0) folds.push(foldViewEvents(100), foldViewEvents(100));
      }),
    );
    await Promise.all(folds);
    while ((await foldViewEvents()) > 0);
    expect(await pendingEvents()).toBe(0);
    expect(await counts(hot)).toEqual({ total: 1000 + views, daily: [{ day: "2024-06-21", views }] });
  });

  it("takes a proxy's request id only when it looks like one", () => {
    expect(viewRequestId("0f8e7d6c5b4a39281706f5e4d3c2b1a0")).toBe("0f8e7d6c5b4a39281706f5e4d3c2b1a0");
    expect(viewRequestId(null)).toMatch(/^[0-9a-f-]{36}$/);
    expect(viewRequestId("x'; DROP TABLE")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("one count per client per window, cookie or not (audit: inflatable view counts)", () => {
  const t0 = new Date("2026-03-02T01:00:00Z");
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it("counts a client once per window however often it drops its cookie, and every other client", async () => {
    expect(await recordViewEvent(hot, "2026-03-02", "w-1", "client-a", t0)).toBe(true);
    expect(await recordViewEvent(hot, "2026-03-02", "w-2", "client-a", later(60_000))).toBe(false);
    expect(await recordViewEvent(hot, "2026-03-02", "w-3", "client-b", later(60_000))).toBe(true);
    expect(await recordViewEvent(other, "2026-03-02", "w-4", "client-a", later(60_000))).toBe(true);
    expect(await recordViewEvent(hot, "2026-03-02", "w-5", "client-a", later(viewWindowMs() + 1))).toBe(true);
    await foldViewEvents();
    expect((await counts(hot)).total).toBe(1003);
    expect((await counts(other)).total).toBe(1001);
  });

  it("forgets windows that have passed (the worker's cleanup)", async () => {
    await recordViewEvent(hot, "2026-03-02", "w-6", "client-c", t0);
    expect(await forgetViewWindows(later(viewWindowMs() - 1))).toBe(0);
    expect(await forgetViewWindows(later(viewWindowMs() + 1))).toBe(1);
  });
});


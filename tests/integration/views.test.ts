import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { ViewBuffer } from "@/lib/views/buffer";
import { writeViewBatch } from "@/lib/views/flush";
import { createTestPool, createTestPrisma, truncateAll } from "../setup/db";

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

describe("view count flush", () => {
  it("adds a batch to view_count and upserts the daily rows", async () => {
    const buffer = new ViewBuffer();
    for (let i = 0; i < 5; i++) buffer.add(hot, "2024-06-21");
    buffer.add(hot, "2024-06-22");
    buffer.add(other, "2024-06-21");
    expect(await writeViewBatch(prisma, buffer.drain())).toBe(2);
    expect(await counts(hot)).toEqual({ total: 1006, daily: [{ day: "2024-06-21", views: 5 }, { day: "2024-06-22", views: 1 }] });
    expect(await counts(other)).toEqual({ total: 1001, daily: [{ day: "2024-06-21", views: 1 }] });

    // A second flush on the same day adds to the existing daily row.
    buffer.add(hot, "2024-06-22", 4);
    await writeViewBatch(prisma, buffer.drain());
    expect(await counts(hot)).toEqual({ total: 1010, daily: [{ day: "2024-06-21", views: 5 }, { day: "2024-06-22", views: 5 }] });
  });

  it("ignores ids of articles that no longer exist", async () => {
    const buffer = new ViewBuffer();
    buffer.add(hot, "2024-06-21");
    buffer.add(999_999, "2024-06-21");
    expect(await writeViewBatch(prisma, buffer.drain())).toBe(1);
    expect((await counts(hot)).total).toBe(1001);
  });

  it("counts every one of many concurrent views of one article", async () => {
    // Readers hit the buffer concurrently while flushes run from several "servers" at once.
    const buffers = [new ViewBuffer(), new ViewBuffer(), new ViewBuffer(), new ViewBuffer()];
    const flushes: Promise<number>[] = [];
    const views = 2000;
    await Promise.all(
      Array.from({ length: views }, async (_, i) => {
        await Promise.resolve();
        const buffer = buffers[i % buffers.length]!;
        buffer.add(hot, "2024-06-21");
        if (i % 97 === 0) flushes.push(writeViewBatch(prisma, buffer.drain()));
      }),
    );
    for (const buffer of buffers) flushes.push(writeViewBatch(prisma, buffer.drain()));
    await Promise.all(flushes);
    expect(await counts(hot)).toEqual({ total: 1000 + views, daily: [{ day: "2024-06-21", views }] });
  });

  it("records through the process buffer and flushes on demand (as on SIGTERM)", async () => {
    const { flushViews, recordView } = await import("@/lib/views/recorder");
    const { pendingViews } = await import("@/lib/views/buffer");
    recordView(hot, "2024-06-21");
    recordView(hot, "2024-06-21");
    expect(pendingViews(hot)).toBe(2);
    // Two overlapping flushes (timer + shutdown) must not write the same views twice.
    await Promise.all([flushViews(), flushViews()]);
    expect(pendingViews(hot)).toBe(0);
    expect(await counts(hot)).toEqual({ total: 1002, daily: [{ day: "2024-06-21", views: 2 }] });
  });

  it("writes nothing for an empty batch", async () => {
    expect(await writeViewBatch(prisma, new ViewBuffer().drain())).toBe(0);
  });
});

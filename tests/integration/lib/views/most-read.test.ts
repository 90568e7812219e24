import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import type { ArticleChange } from "@/lib/cache/invalidate";
import { createTestPool, truncateAll } from "../../../setup/db";

// 많이 본 뉴스: the worker's ranking from the daily view rows (today / the last seven Seoul days),
// what readers read from it, and what expires it.

const pool = createTestPool();
const mostRead = await import("@/lib/views/most-read");
const { listMostRead } = await import("@/lib/views/queries");
const { foldViewEvents, recordViewEvent } = await import("@/lib/views/events");
const service = await import("@/lib/articles/service");
const { articleChangeTags } = await import("@/lib/cache/invalidate");
const { prisma } = await import("@/lib/db");

const invalidated: ArticleChange[] = [];
(await import("@/lib/articles/transaction")).setInvalidator((change) => invalidated.push(change));

// 2026-03-10 15:30 UTC = 2026-03-11 00:30 in Seoul: "today" is the Seoul day.
const NOW = new Date("2026-03-10T15:30:00Z");
const TODAY = "2026-03-11";
let boardId: number;
let editor: { id: number; role: "EDITOR"; displayName: string };

async function article(title: string, status = "PUBLISHED"): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
     VALUES ($1, $2, '편집부', $3::"ArticleStatus", CASE WHEN $3 = 'PUBLISHED' THEN now() END, now(), now()) RETURNING id`,
    [boardId, title, status],
  );
  return rows[0]!.id;
}

async function views(id: number, day: string, n: number): Promise<void> {
  await pool.query(
    `INSERT INTO article_daily_views (article_id, day, views) VALUES ($1, $2, $3)
     ON CONFLICT (article_id, day) DO UPDATE SET views = EXCLUDED.views`,
    [id, day, n],
  );
}

beforeEach(async () => {
  await truncateAll(pool);
  invalidated.length = 0;
  boardId = (await prisma.board.create({ data: { slug: "news", name: "행정" } })).id;
  const user = await prisma.user.create({ data: { loginId: "editor", displayName: "박편집", role: "EDITOR", passwordHash: "x" } });
  editor = { id: user.id, role: "EDITOR", displayName: user.displayName };
});

afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
});

describe("most-read ranking", () => {
  it("ranks today and the last seven days by summed daily views, published articles only, ties to the newer", async () => {
    const a = await article("어제 화제");
    const b = await article("오늘 화제");
    const c = await article("꾸준한 기사");
    const d = await article("내려간 기사", "UNPUBLISHED");
    const e = await article("옛날 기사");
    const f = await article("동률 기사");
    await views(a, "2026-03-10", 500);
    await views(a, TODAY, 10);
    await views(b, TODAY, 300);
    for (const day of ["2026-03-05", "2026-03-07", "2026-03-09", TODAY]) await views(c, day, 100);
    await views(d, TODAY, 9_999);
    await views(e, "2026-03-04", 9_000); // eight days ago: outside the week
    await views(f, TODAY, 10);

    expect(await mostRead.refreshMostRead(NOW)).toBe(true);
    const ranking = await listMostRead();
    expect(ranking.day.map((i) => i.title)).toEqual(["오늘 화제", "꾸준한 기사", "동률 기사", "어제 화제"]);
    expect(ranking.week.map((i) => [i.rank, i.title])).toEqual([
      [1, "어제 화제"],
      [2, "꾸준한 기사"],
      [3, "오늘 화제"],
      [4, "동률 기사"],
    ]);
    const stored = await pool.query("SELECT period, rank, views, to_char(day, 'YYYY-MM-DD') AS day FROM most_read_articles WHERE period = 'week' ORDER BY rank");
    expect(stored.rows.map((r) => [r.rank, r.views, r.day])).toEqual([
      [1, 510, TODAY],
      [2, 400, TODAY],
      [3, 300, TODAY],
      [4, 10, TODAY],
    ]);
  });

  it("reports a change only when the order or the day changes, not when counts grow", async () => {
    const a = await article("가");
    const b = await article("나");
    await views(a, TODAY, 20);
    await views(b, TODAY, 10);
    expect(await mostRead.refreshMostRead(NOW)).toBe(true);
    await views(a, TODAY, 25);
    expect(await mostRead.refreshMostRead(NOW)).toBe(false);
    expect((await pool.query("SELECT views FROM most_read_articles WHERE period = 'day' AND rank = 1")).rows[0].views).toBe(25);
    await views(b, TODAY, 30);
    expect(await mostRead.refreshMostRead(NOW)).toBe(true);
    expect((await listMostRead()).day.map((i) => i.title)).toEqual(["나", "가"]);
    // Places below the shown five move without expiring anything, but are stored.
    const rest: number[] = [];
    for (let i = 0; i < 5; i++) {
      rest.push(await article(`아래 ${i}`));
      await views(rest[i]!, TODAY, 5 - i);
    }
    expect(await mostRead.refreshMostRead(NOW)).toBe(true); // 아래 0..2 enter the shown five
    await views(rest[4]!, TODAY, 2); // ties with the sixth, and the newer goes first: sixth and seventh swap
    expect(await mostRead.refreshMostRead(NOW)).toBe(false);
    expect((await pool.query("SELECT article_id FROM most_read_articles WHERE period = 'day' AND rank = 6")).rows[0].article_id).toBe(rest[4]);
    await pool.query("DELETE FROM article_daily_views WHERE article_id = ANY($1)", [rest]);
    expect(await mostRead.refreshMostRead(NOW)).toBe(true);
    // Past midnight in Seoul: a new day with no views yet; the week keeps them.
    expect(await mostRead.refreshMostRead(new Date(NOW.getTime() + 24 * 3600_000))).toBe(true);
    const next = await listMostRead();
    expect(next.day).toEqual([]);
    expect(next.week.map((i) => i.title)).toEqual(["나", "가"]);
  });

  it("counts views that went through the beacon's events and the worker's fold", async () => {
    const a = await article("조회 많은 기사");
    const b = await article("조회 적은 기사");
    for (let i = 0; i < 3; i++) await recordViewEvent(a, TODAY, `req-a-${i}`);
    await recordViewEvent(b, TODAY, "req-b-0");
    await foldViewEvents();
    await mostRead.refreshMostRead(NOW);
    expect((await listMostRead()).day.map((i) => i.title)).toEqual(["조회 많은 기사", "조회 적은 기사"]);
  });

  it("drops an unpublished article from what readers see at once, and its change expires the ranking", async () => {
    const created = await service.createArticle(editor, { title: "곧 내려갈 기사", boardId, body: "<p>x</p>" }, { intent: "publish" });
    if (!created.ok) throw new Error();
    const other = await article("남는 기사");
    await views(created.id, TODAY, 50);
    await views(other, TODAY, 5);
    await mostRead.refreshMostRead(NOW);
    invalidated.length = 0;
    expect((await service.unpublishArticle(editor, created.id)).ok).toBe(true);
    expect(invalidated[0]?.ranked).toBe(true);
    expect(articleChangeTags(invalidated[0]!)).toContain("most-read");
    expect((await listMostRead()).day.map((i) => i.title)).toEqual(["남는 기사"]);
    // An article outside the ranking does not expire it.
    const unranked = await service.createArticle(editor, { title: "새 기사", boardId, body: "<p>x</p>" }, { intent: "publish" });
    if (!unranked.ok) throw new Error();
    expect(articleChangeTags(invalidated.at(-1)!)).not.toContain("most-read");
  });
});

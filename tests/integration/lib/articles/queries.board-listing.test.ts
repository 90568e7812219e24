import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// Outside a Next server there is no incremental cache: run the cached reads directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { renumberBoard } from "@/lib/articles/board-seq";
import { boardSeqRange, pageOfBoardSeq, totalPages } from "@/lib/pagination";
import { createTestPool, truncateAll } from "../../../setup/db";

const pool = createTestPool();
const q = await import("@/lib/articles/queries");

const TOTAL = 95; // published, unpinned: 7 pages of 15 (last one has 5)
let boardId: number;

beforeAll(async () => {
  await truncateAll(pool);
  const board = await pool.query<{ id: number }>("INSERT INTO boards (slug, name, page_size, updated_at) VALUES ('news', '행정', 15, now()) RETURNING id");
  boardId = board.rows[0]!.id;
  await pool.query("INSERT INTO boards (slug, name, updated_at) VALUES ('culture', '문화', now())");
  // Published in order, a draft and two pinned notices mixed in.
  await pool.query(
    `INSERT INTO articles (board_id, title, author_name, status, published_at, excerpt, pinned, edited_at, updated_at)
     SELECT $1, '기사 ' || g, '편집부', 'PUBLISHED', timestamptz '2024-01-01 00:00+09' + g * interval '1 hour', '요약 ' || g, false, now(), now()
       FROM generate_series(1, $2::int) g`,
    [boardId, TOTAL],
  );
  await pool.query(
    `INSERT INTO articles (board_id, title, author_name, status, published_at, pinned, edited_at, updated_at) VALUES
       ($1, '공지 1', '편집부', 'PUBLISHED', '2023-12-01', true, now(), now()),
       ($1, '공지 2', '편집부', 'PUBLISHED', '2023-12-02', true, now(), now()),
       ($1, '초안', '편집부', 'DRAFT', NULL, false, now(), now())`,
    [boardId],
  );
  await renumberBoard(pool, boardId);
});

afterAll(async () => {
  await pool.end();
});

describe("board listing by boardSeq range", () => {
  it("counts published unpinned articles from the highest boardSeq", async () => {
    const board = (await q.getBoard("news"))!;
    expect(board.pageSize).toBe(15);
    expect(await q.countBoardArticles(board)).toBe(TOTAL);
    expect(totalPages(TOTAL, board.pageSize)).toBe(7);
  });

  it("lists page 1 newest first and the short last page", async () => {
    const board = (await q.getBoard("news"))!;
    const first = await q.listBoardPage(board, TOTAL, 1);
    expect(first.map((a) => a.title)).toEqual(Array.from({ length: 15 }, (_, i) => `기사 ${TOTAL - i}`));
    expect(first[0]!.boardSeq).toBe(TOTAL);
    expect(first[0]!.publishedAt).toBeInstanceOf(Date);
    const last = await q.listBoardPage(board, TOTAL, 7);
    expect(last.map((a) => a.title)).toEqual(["기사 5", "기사 4", "기사 3", "기사 2", "기사 1"]);
    expect(await q.listBoardPage(board, TOTAL, 8)).toEqual([]);
  });

  it("covers every published unpinned article exactly once across the pages", async () => {
    const board = (await q.getBoard("news"))!;
    const ids: number[] = [];
    for (let page = 1; page <= 7; page++) ids.push(...(await q.listBoardPage(board, TOTAL, page)).map((a) => a.id));
    expect(new Set(ids).size).toBe(TOTAL);
  });

  it("keeps pinned notices out of the numbering and lists them separately", async () => {
    const board = (await q.getBoard("news"))!;
    expect((await q.listPinnedArticles(board)).map((a) => a.title)).toEqual(["공지 2", "공지 1"]);
  });

  it("finds neighbours and the page containing an article", async () => {
    const board = (await q.getBoard("news"))!;
    const page3 = await q.listBoardPage(board, TOTAL, 3);
    const mid = page3[4]!;
    const article = (await q.getArticle(mid.id))!;
    expect(article.boardSeq).toBe(mid.boardSeq);
    expect(pageOfBoardSeq(TOTAL, article.boardSeq!, board.pageSize)).toBe(3);
    const adjacent = await q.getAdjacentArticles(board, article.boardSeq);
    expect(adjacent.newer?.boardSeq).toBe(article.boardSeq! + 1);
    expect(adjacent.older?.boardSeq).toBe(article.boardSeq! - 1);
  });

  it("returns no article for drafts, unknown ids and junk", async () => {
    const draft = await pool.query<{ id: number }>("SELECT id FROM articles WHERE status = 'DRAFT'");
    expect(await q.getArticle(draft.rows[0]!.id)).toBeNull();
    expect(await q.getArticle(123456)).toBeNull();
    expect(q.parseArticleId("12abc")).toBeNull();
    expect(q.parseArticleId("0")).toBeNull();
    expect(q.parseArticleId("99999999999")).toBeNull();
    expect(q.parseArticleId("42")).toBe(42);
  });

  it("reads a deep page through the (board_id, board_seq) index, not an OFFSET scan", async () => {
    await pool.query("ANALYZE articles");
    const range = boardSeqRange(TOTAL, 6, 15)!;
    const plan = await pool.query<{ "QUERY PLAN": string }>(
      "EXPLAIN SELECT id FROM articles WHERE board_id = $1 AND board_seq BETWEEN $2 AND $3 ORDER BY board_seq DESC",
      [boardId, range.from, range.to],
    );
    const text = plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toMatch(/OFFSET|Limit/i);
    expect(text).toMatch(/articles_board_id_board_seq_idx|Seq Scan/);
  });
});

import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { NextRequest } from "next/server";
import { createTestPool, createTestPrisma, truncateAll } from "../../../setup/db";
import { clearArticleTombstone, recordArticleTombstone, recordBoardSlugChange, releaseBoardSlug } from "@/lib/routing/redirects";
import { resetStoredRedirects, resolveStoredRedirect } from "@/lib/routing/stored-redirects";

const pool = createTestPool();
const prisma = createTestPrisma();

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

beforeEach(async () => {
  await truncateAll(pool);
  await pool.query("INSERT INTO boards (slug, name, updated_at) SELECT s, s, now() FROM unnest(ARRAY['news', 'a', 'b', 'c']) s");
  await pool.query(
    `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
     SELECT 1, '기사 ' || g, '편집부', CASE WHEN g = 60 THEN 'DRAFT'::"ArticleStatus" ELSE 'PUBLISHED' END,
            CASE WHEN g = 60 THEN NULL ELSE now() END, now(), now()
       FROM generate_series(1, 60) g`,
  );
  resetStoredRedirects();
});

/** Proxies refresh their view of the table every second. */
const POLL = { timeout: 3_000, interval: 100 };

function rewrittenTo(response: Response | null): string | null {
  const target = response?.headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname : null;
}

function get(path: string) {
  return resolveStoredRedirect(new NextRequest(`http://news.example${path}`));
}

async function rows() {
  const result = await pool.query<{ from_path: string; to_path: string; status_code: number }>(
    "SELECT from_path, to_path, status_code FROM redirects ORDER BY from_path",
  );
  return result.rows.map((r) => [r.from_path, r.to_path, r.status_code]);
}

describe("stored redirects (proxy side, real database)", () => {
  it("answers nothing when the table is empty", async () => {
    expect(await get("/board/news")).toBeNull();
  });

  it("moves a renamed board with 301, keeping the query string and the feed path", async () => {
    await prisma.$transaction((tx) => recordBoardSlugChange(tx, "old", "news"));
    const moved = await get("/board/old?page=350&q=%EA%B3%B5");
    expect(moved?.status).toBe(301);
    expect(moved?.headers.get("location")).toBe("http://news.example/board/news?page=350&q=%EA%B3%B5");
    const feed = await get("/board/old/rss.xml");
    expect(feed?.status).toBe(301);
    expect(feed?.headers.get("location")).toBe("http://news.example/board/news/rss.xml");
    expect(await get("/board/news")).toBeNull();
  });

  it("collapses chains and drops a redirect away from a slug that is live again", async () => {
    await prisma.$transaction((tx) => recordBoardSlugChange(tx, "a", "b"));
    await prisma.$transaction((tx) => recordBoardSlugChange(tx, "b", "c"));
    expect(await rows()).toEqual([
      ["/board/a", "/board/c", 301],
      ["/board/b", "/board/c", 301],
    ]);
    expect((await get("/board/a"))?.headers.get("location")).toBe("http://news.example/board/c");
    await prisma.$transaction((tx) => recordBoardSlugChange(tx, "c", "a"));
    expect(await rows()).toEqual([
      ["/board/b", "/board/a", 301],
      ["/board/c", "/board/a", 301],
    ]);
    // Every server's proxy sees a change within its refresh interval.
    await expect.poll(() => get("/board/a"), POLL).toBeNull();
    await prisma.$transaction((tx) => releaseBoardSlug(tx, "b"));
    await expect.poll(() => get("/board/b"), POLL).toBeNull();
  });

  it("answers 410 with a Korean page for a deleted article, and stops after a restore", async () => {
    await prisma.$transaction((tx) => recordArticleTombstone(tx, 5));
    const gone = await get("/article/5");
    expect(gone?.status).toBe(410);
    expect(gone?.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await gone!.text();
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain("삭제된 기사입니다");
    expect(await get("/article/50")).toBeNull();
    await prisma.$transaction((tx) => clearArticleTombstone(tx, 5));
    await expect.poll(() => get("/article/5"), POLL).toBeNull();
  });

  it("sends unknown articles and boards to the server-rendered not-found page", async () => {
    for (const path of ["/article/999", "/article/60", "/article/abc", "/article/0", "/board/nope", "/board/nope/rss.xml", "/board/%ZZ", "/schedule/2025-02-30", "/schedule/1990-01-01", "/schedule/today"]) {
      expect(rewrittenTo(await get(path)), path).toBe("/_unknown");
    }
    for (const path of ["/article/59", "/article/59/opengraph-image-x1", "/board/news", "/board/news/rss.xml", "/schedule/2025-02-28", "/schedule"]) {
      expect(await get(path), path).toBeNull();
    }
  });

  it("sends a board listing page past the end to the not-found page, and nothing else", async () => {
    // 59 published articles numbered densely, 15 a page: pages 1..4 exist.
    await pool.query("UPDATE articles SET board_seq = id WHERE status = 'PUBLISHED'");
    resetStoredRedirects();
    for (const path of ["/board/news?page=5", "/board/news?page=999999"]) {
      expect(rewrittenTo(await get(path)), path).toBe("/_unknown");
    }
    // The last page, garbage (the page redirects it to page 1), searches and feeds go through.
    for (const path of ["/board/news", "/board/news?page=4", "/board/news?page=abc", "/board/news?page=5&q=%EA%B8%B0%EC%82%AC", "/board/news/rss.xml"]) {
      expect(rewrittenTo(await get(path)), path).toBeNull();
    }
  });

  it("notices rows written by someone else (another server) within the refresh interval", async () => {
    expect(await get("/article/9")).toBeNull();
    await pool.query("INSERT INTO redirects (from_path, to_path, status_code) VALUES ('/article/9', '', 410)");
    // The fingerprint check must find it by itself within the refresh interval.
    const started = Date.now();
    await expect.poll(async () => (await get("/article/9"))?.status, { timeout: 3_000, interval: 100 }).toBe(410);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

// The database itself refuses bad rows: the hand-written CHECK constraints of the migrations,
// the schema's unique indexes and the RESTRICT foreign key of articles → boards.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestPool, createTestPrisma, truncateAll, truncateAllWithPrisma } from "../../setup/db";

let pool: pg.Pool;
let prisma: PrismaClient;

beforeAll(() => {
  pool = createTestPool();
  prisma = createTestPrisma();
});
afterAll(async () => {
  await truncateAll(pool);
  await prisma.$disconnect();
  await pool.end();
});
beforeEach(async () => {
  await truncateAll(pool);
});

async function violation(sql: string, params: unknown[] = []): Promise<{ code?: string; constraint?: string }> {
  try {
    await pool.query(sql, params);
  } catch (error) {
    const e = error as pg.DatabaseError;
    return { code: e.code, constraint: e.constraint };
  }
  throw new Error(`expected a constraint violation from: ${sql}`);
}

const CHECK = "23514";
const UNIQUE = "23505";
// PostgreSQL reports RESTRICT like any foreign-key violation (23001 is never raised).
const FOREIGN_KEY = "23503";

async function board(slug = "news", pageSize = 15): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO boards (slug, name, page_size, updated_at) VALUES ($1, $1, $2, now()) RETURNING id`,
    [slug, pageSize],
  );
  return rows[0]!.id;
}

async function article(boardId: number, fields: Record<string, unknown> = {}): Promise<number> {
  const all: Record<string, unknown> = { board_id: boardId, title: "제목", author_name: "편집부", ...fields };
  const cols = Object.keys(all);
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO articles (${cols.map((c) => `"${c}"`).join(", ")}, updated_at)
     VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")}, now()) RETURNING id`,
    Object.values(all),
  );
  return rows[0]!.id;
}

describe("boards", () => {
  it("page_size must be between 1 and 100", async () => {
    for (const size of [0, 101, -5]) {
      expect(await violation(`INSERT INTO boards (slug, name, page_size, updated_at) VALUES ('b', 'b', $1, now())`, [size]))
        .toEqual({ code: CHECK, constraint: "boards_page_size_check" });
    }
    await board("one", 1);
    await board("hundred", 100);
  });

  it("slug is lower-case letters, digits and hyphens, not starting with a hyphen", async () => {
    for (const slug of ["News", "-news", "뉴스", "a b", "a_b", ""]) {
      expect(await violation(`INSERT INTO boards (slug, name, updated_at) VALUES ($1, 'x', now())`, [slug]))
        .toEqual({ code: CHECK, constraint: "boards_slug_format_check" });
    }
    await board("city-news-2");
    await board("0");
  });

  it("slug is unique", async () => {
    await board("news");
    expect(await violation(`INSERT INTO boards (slug, name, updated_at) VALUES ('news', 'again', now())`))
      .toEqual({ code: UNIQUE, constraint: "boards_slug_key" });
  });

  it("a board with articles cannot be deleted (RESTRICT), an empty one can", async () => {
    const { rows: [fk] } = await pool.query<{ confdeltype: string }>(
      `SELECT confdeltype FROM pg_constraint WHERE conname = 'articles_board_id_fkey'`,
    );
    expect(fk?.confdeltype).toBe("r");
    const id = await board("news");
    await article(id);
    expect(await violation(`DELETE FROM boards WHERE id = $1`, [id]))
      .toEqual({ code: FOREIGN_KEY, constraint: "articles_board_id_fkey" });
    await pool.query(`DELETE FROM articles WHERE board_id = $1`, [id]);
    await pool.query(`DELETE FROM boards WHERE id = $1`, [id]);
  });
});

describe("articles", () => {
  it("view_count is never negative and version starts at 1", async () => {
    const b = await board();
    expect(await violation(`UPDATE articles SET view_count = -1 WHERE id = $1`, [await article(b)]))
      .toEqual({ code: CHECK, constraint: "articles_view_count_check" });
    expect(await violation(`UPDATE articles SET version = 0 WHERE id = $1`, [await article(b)]))
      .toEqual({ code: CHECK, constraint: "articles_version_check" });
  });

  it("a published article has published_at, a scheduled one has scheduled_at", async () => {
    const b = await board();
    expect(await violation(
      `INSERT INTO articles (board_id, title, author_name, status, updated_at) VALUES ($1, 't', 'a', 'PUBLISHED', now())`, [b],
    )).toEqual({ code: CHECK, constraint: "articles_published_at_check" });
    expect(await violation(
      `INSERT INTO articles (board_id, title, author_name, status, updated_at) VALUES ($1, 't', 'a', 'SCHEDULED', now())`, [b],
    )).toEqual({ code: CHECK, constraint: "articles_scheduled_at_check" });

    const id = await article(b, { status: "PUBLISHED", published_at: new Date() });
    expect(await violation(`UPDATE articles SET published_at = NULL WHERE id = $1`, [id]))
      .toEqual({ code: CHECK, constraint: "articles_published_at_check" });
    await article(b, { status: "SCHEDULED", scheduled_at: new Date(Date.now() + 3_600_000) });
    // Drafts and unpublished articles need neither.
    await article(b, { status: "DRAFT" });
    await article(b, { status: "UNPUBLISHED" });
  });

  it("only a draft can be waiting for review (submitted_at)", async () => {
    const b = await board();
    const id = await article(b, { status: "DRAFT", submitted_at: new Date() });
    expect(await violation(`UPDATE articles SET status = 'UNPUBLISHED' WHERE id = $1`, [id]))
      .toEqual({ code: CHECK, constraint: "articles_submitted_only_draft_check" });
    expect(await violation(
      `INSERT INTO articles (board_id, title, author_name, status, published_at, submitted_at, updated_at) VALUES ($1, 't', 'a', 'PUBLISHED', now(), now(), now())`, [b],
    )).toEqual({ code: CHECK, constraint: "articles_submitted_only_draft_check" });
    await pool.query(`UPDATE articles SET status = 'UNPUBLISHED', submitted_at = NULL WHERE id = $1`, [id]);
  });

  it("daily views are never negative", async () => {
    const a = await article(await board());
    expect(await violation(`INSERT INTO article_daily_views (article_id, day, views) VALUES ($1, '2026-02-19', -1)`, [a]))
      .toEqual({ code: CHECK, constraint: "article_daily_views_views_check" });
    await pool.query(`INSERT INTO article_daily_views (article_id, day, views) VALUES ($1, '2026-02-19', 0)`, [a]);
  });
});

describe("schedule entries", () => {
  it("time is HH:MM on a 24-hour clock", async () => {
    const a = await article(await board("schedule"));
    const insert = (time: string) =>
      `INSERT INTO schedule_entries (article_id, date, time, event) VALUES (${a}, '2026-02-19', '${time}', '간부회의')`;
    for (const time of ["24:00", "8:30", "08:60", "0830", "08:3", "ab:cd", "8:30 "]) {
      expect(await violation(insert(time)), time).toEqual({ code: CHECK, constraint: "schedule_entries_time_check" });
    }
    for (const time of ["00:00", "08:30", "19:05", "23:59"]) await pool.query(insert(time));
  });
});

describe("users", () => {
  it("login_id is unique (also as Prisma reports it)", async () => {
    await prisma.user.create({ data: { loginId: "editor", displayName: "편집장", passwordHash: "x" } });
    expect(await violation(
      `INSERT INTO users (login_id, display_name, password_hash, updated_at) VALUES ('editor', 'b', 'x', now())`,
    )).toEqual({ code: UNIQUE, constraint: "users_login_id_key" });
    await expect(
      prisma.user.create({ data: { loginId: "editor", displayName: "또", passwordHash: "y" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("CHECK violations surface through Prisma too", async () => {
    await expect(prisma.board.create({ data: { slug: "Bad Slug", name: "x" } })).rejects.toThrow(
      /boards_slug_format_check/,
    );
  });
});

describe("test helpers", () => {
  it("truncateAllWithPrisma empties the tables and restarts ids", async () => {
    await board("a");
    await board("b");
    await truncateAllWithPrisma(prisma);
    expect(await prisma.board.count()).toBe(0);
    expect(await board("c")).toBe(1);
  });
});

import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { createTestPool, truncateAll } from "../../../setup/db";

// The boards admin against the real database: who may change boards, what a slug change leaves
// behind (a 301 from the old address, chains collapsed), the menu order, the audit rows, and the
// cache tags expired after each commit.

const pool = createTestPool();
const boards = await import("@/lib/boards/service");
const { setTagExpirer } = await import("@/lib/cache/invalidate");
const { prisma } = await import("@/lib/db");

const expired: string[][] = [];
setTagExpirer((names) => expired.push([...names]));

let admin: { id: number; role: "ADMIN" };
let editor: { id: number; role: "EDITOR" };

const form = (slug: string, name = `${slug} 게시판`) => ({ name, slug, description: "", pageSize: 15, kind: "NEWS" as const });

async function staff<R extends "ADMIN" | "EDITOR">(role: R): Promise<{ id: number; role: R }> {
  const user = await prisma.user.create({ data: { loginId: role.toLowerCase(), displayName: `${role} 계정`, role, passwordHash: "x" } });
  return { id: user.id, role };
}

beforeEach(async () => {
  await truncateAll(pool);
  expired.length = 0;
  [admin, editor] = [await staff("ADMIN"), await staff("EDITOR")];
});

afterAll(async () => {
  setTagExpirer(null);
  await pool.end();
  await prisma.$disconnect();
});

async function created(slug: string): Promise<number> {
  const result = await boards.createBoard(admin, form(slug));
  if (!result.ok) throw new Error(`createBoard(${slug}): ${result.reason}`);
  return result.id;
}

async function menu(): Promise<string[]> {
  return (await boards.listBoardsForAdmin()).map((b) => b.slug);
}

async function redirects(): Promise<Array<[string, string, number]>> {
  const { rows } = await pool.query<{ from_path: string; to_path: string; status_code: number }>("SELECT from_path, to_path, status_code FROM redirects ORDER BY from_path");
  return rows.map((r) => [r.from_path, r.to_path, r.status_code]);
}

async function audits(): Promise<Array<{ action: string; target_id: string; detail: Record<string, unknown> }>> {
  return (await pool.query("SELECT action, target_id, detail FROM audit_logs WHERE target_type = 'board' ORDER BY id")).rows;
}

describe("creating a board", () => {
  it("appends it to the menu, audits it and expires the board lists and its own page", async () => {
    const news = await created("news");
    const culture = await created("culture");
    expect(await menu()).toEqual(["news", "culture"]);
    const rows = await boards.listBoardsForAdmin();
    expect(rows.map((b) => [b.sortOrder, b._count.articles])).toEqual([
      [1, 0],
      [2, 0],
    ]);
    expect((await audits()).map((a) => [a.action, Number(a.target_id), a.detail])).toEqual([
      ["board.create", news, { slug: "news", name: "news 게시판" }],
      ["board.create", culture, { slug: "culture", name: "culture 게시판" }],
    ]);
    expect(expired).toHaveLength(2);
    expect(expired[1]).toEqual(expect.arrayContaining(["boards", "board:culture"]));
  });

  it("is for admins only, and a taken slug is refused without writing anything", async () => {
    expect(await boards.createBoard(editor, form("news"))).toEqual({ ok: false, reason: "forbidden" });
    await created("news");
    expired.length = 0;
    expect(await boards.createBoard(admin, form("news", "다른 이름"))).toEqual({ ok: false, reason: "slugTaken" });
    expect(await menu()).toEqual(["news"]);
    expect(await audits()).toHaveLength(1);
    expect(expired).toEqual([]);
  });

  it("takes back an address an old board's redirect was using", async () => {
    const id = await created("old");
    expect(await boards.updateBoard(admin, id, form("new"))).toEqual({ ok: true, id });
    expect(await redirects()).toEqual([["/board/old", "/board/new", 301]]);
    await created("old");
    expect(await redirects()).toEqual([]);
  });
});

describe("renaming and re-slugging a board", () => {
  it("leaves a 301 from the old address, collapses chains and expires both slugs", async () => {
    const id = await created("a");
    expired.length = 0;
    expect(await boards.updateBoard(admin, id, { ...form("b", "새 이름"), pageSize: 20 })).toEqual({ ok: true, id });
    expect(await boards.updateBoard(admin, id, form("c"))).toEqual({ ok: true, id });
    // a → c directly, not a → b → c.
    expect(await redirects()).toEqual([
      ["/board/a", "/board/c", 301],
      ["/board/b", "/board/c", 301],
    ]);
    expect(expired[0]).toEqual(expect.arrayContaining(["board:a", "board:b"]));
    expect(expired[1]).toEqual(expect.arrayContaining(["board:b", "board:c"]));
    const row = await prisma.board.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ slug: "c", name: "c 게시판", pageSize: 15 });
    const updates = (await audits()).filter((a) => a.action === "board.update");
    expect(updates.map((a) => a.detail.previousSlug)).toEqual(["a", "b"]);
  });

  it("going back to an old slug leaves no redirect loop", async () => {
    const id = await created("a");
    await boards.updateBoard(admin, id, form("b"));
    await boards.updateBoard(admin, id, form("a"));
    expect(await redirects()).toEqual([["/board/b", "/board/a", 301]]);
  });

  it("keeps its slug when only the name changes: no redirect", async () => {
    const id = await created("news");
    expect(await boards.updateBoard(admin, id, form("news", "소식"))).toEqual({ ok: true, id });
    expect(await redirects()).toEqual([]);
    expect((await prisma.board.findUniqueOrThrow({ where: { id } })).name).toBe("소식");
  });

  it("refuses another board's slug, an unknown board and a non-admin, changing nothing", async () => {
    const a = await created("a");
    await created("b");
    expired.length = 0;
    expect(await boards.updateBoard(admin, a, form("b"))).toEqual({ ok: false, reason: "slugTaken" });
    expect(await boards.updateBoard(admin, 9999, form("z"))).toEqual({ ok: false, reason: "notFound" });
    expect(await boards.updateBoard(editor, a, form("z"))).toEqual({ ok: false, reason: "forbidden" });
    expect(await menu()).toEqual(["a", "b"]);
    expect(await redirects()).toEqual([]);
    expect(expired).toEqual([]);
  });
});

describe("the menu order", () => {
  it("moves a board one place up or down and renumbers 1..N; the ends stay put", async () => {
    const [a, b, c] = [await created("a"), await created("b"), await created("c")];
    expect(await boards.moveBoard(admin, c, -1)).toEqual({ ok: true, id: c });
    expect(await menu()).toEqual(["a", "c", "b"]);
    expect(await boards.moveBoard(admin, a, -1)).toEqual({ ok: true, id: a });
    expect(await boards.moveBoard(admin, b, 1)).toEqual({ ok: true, id: b });
    expect(await menu()).toEqual(["a", "c", "b"]);
    expect((await boards.listBoardsForAdmin()).map((row) => row.sortOrder)).toEqual([1, 2, 3]);
    expect(await boards.moveBoard(admin, 9999, 1)).toEqual({ ok: false, reason: "notFound" });
    expect(await boards.moveBoard(editor, a, 1)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("two admins moving boards at once both land, and the order stays 1..N", async () => {
    const ids = [await created("a"), await created("b"), await created("c"), await created("d")];
    await Promise.all([boards.moveBoard(admin, ids[3]!, -1), boards.moveBoard(admin, ids[0]!, 1)]);
    expect(await menu()).toEqual(["b", "a", "d", "c"]);
    expect((await boards.listBoardsForAdmin()).map((row) => row.sortOrder)).toEqual([1, 2, 3, 4]);
  });
});

describe("listBoardsForAdmin", () => {
  it("counts each board's articles", async () => {
    const news = await created("news");
    await created("empty");
    await pool.query(
      `INSERT INTO articles (board_id, title, author_name, status, updated_at)
       SELECT $1, '기사 ' || g, '편집부', 'DRAFT', now() FROM generate_series(1, 3) g`,
      [news],
    );
    expect((await boards.listBoardsForAdmin()).map((b) => [b.slug, b._count.articles])).toEqual([
      ["news", 3],
      ["empty", 0],
    ]);
  });
});

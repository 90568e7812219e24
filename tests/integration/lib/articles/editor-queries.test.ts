import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { createTestPool, truncateAll } from "../../../setup/db";

// Audit finding 7: the role matrix says a reporter may preview only their own articles
// (`article.preview: own`); the editor lists and the edit page showed them everyone's.
const pool = createTestPool();
const { countArticlesByStatus, listEditorArticles, canViewInEditor } = await import("@/lib/articles/editor-queries");
const { prisma } = await import("@/lib/db");

let reporter: { id: number; role: "REPORTER" };
let editor: { id: number; role: "EDITOR" };

beforeEach(async () => {
  await truncateAll(pool);
  const board = (await pool.query<{ id: number }>("INSERT INTO boards (slug, name, updated_at) VALUES ('news', '행정', now()) RETURNING id")).rows[0]!.id;
  const user = async (login: string, role: string) =>
    (await pool.query<{ id: number }>("INSERT INTO users (login_id, display_name, password_hash, role, updated_at) VALUES ($1, $1, 'x', $2, now()) RETURNING id", [login, role])).rows[0]!.id;
  reporter = { id: await user("reporter", "REPORTER"), role: "REPORTER" };
  editor = { id: await user("editor", "EDITOR"), role: "EDITOR" };
  const article = (title: string, author: number, status: string) =>
    pool.query(
      `INSERT INTO articles (board_id, title, body, body_text, author_id, author_name, status, published_at, scheduled_at, deleted_at, updated_at)
       VALUES ($1, $2, '<p>본문</p>', '본문', $3, 'x', $4::"ArticleStatus", CASE WHEN $4::text = 'PUBLISHED' THEN now() END,
               CASE WHEN $4::text = 'SCHEDULED' THEN now() + interval '1 day' END, CASE WHEN $4::text = 'DELETED' THEN now() END, now())`,
      [board, title, author, status],
    );
  await article("기자 초안", reporter.id, "DRAFT");
  await article("편집자 초안", editor.id, "DRAFT");
  await article("편집자 예약", editor.id, "SCHEDULED");
  await article("편집자 삭제", editor.id, "DELETED");
  await article("발행 기사", editor.id, "PUBLISHED");
});

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

describe("what the editor area shows a reporter", () => {
  it("lists only published articles and the reporter's own", async () => {
    const titles = async (status?: "DRAFT" | "SCHEDULED" | "DELETED") => (await listEditorArticles({ status, page: 1 }, reporter)).rows.map((r) => r.title).sort();
    expect(await titles()).toEqual(["기자 초안", "발행 기사"]);
    expect(await titles("DRAFT")).toEqual(["기자 초안"]);
    expect(await titles("SCHEDULED")).toEqual([]);
    expect(await titles("DELETED")).toEqual([]);
    expect((await listEditorArticles({ page: 1 }, reporter)).total).toBe(2);
    expect(await countArticlesByStatus(reporter)).toMatchObject({ DRAFT: 1, SCHEDULED: 0, PUBLISHED: 1, DELETED: 0 });
  });

  it("shows editors everything", async () => {
    expect((await listEditorArticles({ page: 1 }, editor)).rows).toHaveLength(4);
    expect(await countArticlesByStatus(editor)).toMatchObject({ DRAFT: 2, SCHEDULED: 1, PUBLISHED: 1, DELETED: 1 });
  });

  it("opens an article in the editor only when the role may preview it (or it is public)", () => {
    expect(canViewInEditor(reporter, { authorId: reporter.id, status: "DRAFT" })).toBe(true);
    expect(canViewInEditor(reporter, { authorId: editor.id, status: "DRAFT" })).toBe(false);
    expect(canViewInEditor(reporter, { authorId: editor.id, status: "SCHEDULED" })).toBe(false);
    expect(canViewInEditor(reporter, { authorId: editor.id, status: "DELETED" })).toBe(false);
    expect(canViewInEditor(reporter, { authorId: editor.id, status: "PUBLISHED" })).toBe(true);
    expect(canViewInEditor(editor, { authorId: reporter.id, status: "DRAFT" })).toBe(true);
  });
});

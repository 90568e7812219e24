import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import type { ArticleChange } from "@/lib/cache/invalidate";
import { createTestPool, truncateAll } from "../../../setup/db";

// 정정·반론보도: an editor attaches a dated note to a published article; readers get it at the top
// with its time, and the article's last-edited time moves; the audit log records it.

const pool = createTestPool();
const service = await import("@/lib/articles/service");
const { getArticle } = await import("@/lib/articles/queries");
const { articleStructuredData } = await import("@/lib/seo/article");
const { prisma } = await import("@/lib/db");

const invalidated: ArticleChange[] = [];
(await import("@/lib/articles/transaction")).setInvalidator((change) => invalidated.push(change));

type Actor = { id: number; role: "REPORTER" | "EDITOR"; displayName: string };
let editor: Actor;
let reporter: Actor;
let boardId: number;

beforeEach(async () => {
  await truncateAll(pool);
  invalidated.length = 0;
  editor = { id: (await prisma.user.create({ data: { loginId: "editor", displayName: "박편집", role: "EDITOR", passwordHash: "x" } })).id, role: "EDITOR", displayName: "박편집" };
  reporter = { id: (await prisma.user.create({ data: { loginId: "rep", displayName: "김기자", role: "REPORTER", passwordHash: "x" } })).id, role: "REPORTER", displayName: "김기자" };
  boardId = (await prisma.board.create({ data: { slug: "news", name: "행정" } })).id;
});

afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
});

async function published(title: string): Promise<number> {
  const result = await service.createArticle(reporter, { title, boardId, body: "<p>본문</p>" });
  if (!result.ok) throw new Error(result.message);
  const done = await service.publishArticle(editor, result.id, { publishedAt: new Date("2026-01-05T00:00:00Z") });
  if (!done.ok) throw new Error(done.message);
  invalidated.length = 0;
  return result.id;
}

describe("corrections", () => {
  it("attach to a published article: newest first at the top, 수정 time and dateModified move, audited, invalidated", async () => {
    const id = await published("예산 기사");
    const before = Date.now();
    expect((await service.addCorrection(editor, id, { kind: "CORRECTION", text: "‘3억원’은 ‘30억원’이기에 바로잡습니다." })).ok).toBe(true);
    expect((await service.addCorrection(editor, id, { kind: "REBUTTAL", text: "○○단체는 사실과 다르다고 밝혀왔습니다." })).ok).toBe(true);

    const article = await getArticle(id);
    expect(article?.corrections.map((c) => [c.kind, c.text])).toEqual([
      ["REBUTTAL", "○○단체는 사실과 다르다고 밝혀왔습니다."],
      ["CORRECTION", "‘3억원’은 ‘30억원’이기에 바로잡습니다."],
    ]);
    const newest = article!.corrections[0]!.createdAt;
    expect(newest.getTime()).toBeGreaterThanOrEqual(before);
    expect(article!.editedAt).toEqual(newest);
    const [news] = articleStructuredData({ ...article!, reporter: null });
    expect(news!.dateModified).not.toBe(news!.datePublished);
    expect(new Date(String(news!.dateModified)).getTime()).toBe(Math.floor(newest.getTime() / 1000) * 1000);

    expect(invalidated).toEqual([
      { id, boardSlug: "news", scheduleDates: undefined, authorId: reporter.id },
      { id, boardSlug: "news", scheduleDates: undefined, authorId: reporter.id },
    ]);
    const audit = await pool.query("SELECT action, actor_id, detail FROM audit_logs WHERE action = 'article.correction' ORDER BY id");
    expect(audit.rows.map((r) => [r.action, r.actor_id, r.detail.kind])).toEqual([
      ["article.correction", editor.id, "CORRECTION"],
      ["article.correction", editor.id, "REBUTTAL"],
    ]);
    // The text and version of the article are untouched.
    expect(await prisma.article.findUniqueOrThrow({ where: { id }, select: { version: true, body: true } })).toEqual({ version: 1, body: "<p>본문</p>" });
  });

  it("are refused to reporters and on articles readers cannot see", async () => {
    const id = await published("기사");
    expect(await service.addCorrection(reporter, id, { kind: "CORRECTION", text: "x" })).toMatchObject({ ok: false, reason: "forbidden" });
    const draft = await service.createArticle(reporter, { title: "초안", boardId, body: "<p>x</p>" });
    if (!draft.ok) throw new Error();
    expect(await service.addCorrection(editor, draft.id, { kind: "CORRECTION", text: "x" })).toMatchObject({ ok: false, reason: "invalidTransition" });
    expect(await prisma.articleCorrection.count()).toBe(0);
    expect(invalidated).toEqual([]);
  });
});

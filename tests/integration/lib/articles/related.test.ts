import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import type { ArticleChange } from "@/lib/cache/invalidate";
import { createTestPool, truncateAll } from "../../../setup/db";

// 관련기사: the editor's picks first, then same-board articles with similar titles near it in
// time; never the article itself; the same answer every time.

const pool = createTestPool();
const related = await import("@/lib/articles/related");
const service = await import("@/lib/articles/service");
const { articleChangeTags } = await import("@/lib/cache/invalidate");
const { prisma } = await import("@/lib/db");

const invalidated: ArticleChange[] = [];
(await import("@/lib/articles/transaction")).setInvalidator((change) => invalidated.push(change));

let news: number;
let culture: number;
let editor: { id: number; role: "EDITOR"; displayName: string };
let reporter: { id: number; role: "REPORTER"; displayName: string };
let hour = 0;

async function article(title: string, boardId = news, status = "PUBLISHED"): Promise<{ id: number; title: string; publishedAt: Date }> {
  hour++;
  const { rows } = await pool.query<{ id: number; published_at: Date }>(
    `INSERT INTO articles (board_id, title, author_name, status, published_at, edited_at, updated_at)
     VALUES ($1, $2, '편집부', $3::"ArticleStatus", timestamptz '2026-01-01 00:00+09' + $4 * interval '1 hour', now(), now()) RETURNING id, published_at`,
    [boardId, title, status, hour],
  );
  return { id: rows[0]!.id, title, publishedAt: rows[0]!.published_at };
}

function source(a: { id: number; title: string; publishedAt: Date }, boardId = news) {
  return { id: a.id, boardId, boardSlug: boardId === news ? "news" : "culture", title: a.title, publishedAt: a.publishedAt };
}

beforeEach(async () => {
  await truncateAll(pool);
  invalidated.length = 0;
  hour = 0;
  news = (await prisma.board.create({ data: { slug: "news", name: "행정" } })).id;
  culture = (await prisma.board.create({ data: { slug: "culture", name: "문화" } })).id;
  editor = { id: (await prisma.user.create({ data: { loginId: "ed", displayName: "박편집", role: "EDITOR", passwordHash: "x" } })).id, role: "EDITOR", displayName: "박편집" };
  reporter = { id: (await prisma.user.create({ data: { loginId: "rep", displayName: "김기자", role: "REPORTER", passwordHash: "x" } })).id, role: "REPORTER", displayName: "김기자" };
});

afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
});

describe("related articles", () => {
  it("are the same board's most similar titles nearby, never itself, other boards or drafts, the same on every call", async () => {
    const older = await article("한빛시, 어린이 통학로 안전 점검 나서");
    await article("시의회 정례회 개회… 조례안 12건 심의");
    const sameOtherBoard = await article("한빛시 어린이 통학로 안전개선사업 본격 추진 공연", culture);
    const draft = await article("한빛시 어린이 통학로 안전개선사업 추진 계획", news, "DRAFT");
    const me = await article("한빛시, 어린이 통학로 안전개선사업 본격 추진");
    const newer = await article("어린이 통학로 안전개선사업 2단계 추진");
    await article("농업기술센터, 딸기 재배 교육");

    const first = await related.listRelatedArticles(source(me));
    // similarity(): 0.62 for the newer one, 0.44 for the older; the council and strawberries 0.
    expect(first.map((r) => r.id)).toEqual([newer.id, older.id]);
    const ids = first.map((r) => r.id);
    expect(ids).not.toContain(me.id);
    expect(ids).not.toContain(sameOtherBoard.id);
    expect(ids).not.toContain(draft.id);
    expect(first.every((r) => !r.picked)).toBe(true);
    expect(await related.listRelatedArticles(source(me))).toEqual(first);
  });

  it("ranks by title similarity, the newer first on a tie", async () => {
    const a = await article("시립도서관 야간 개관 연장");
    const b = await article("시립도서관 야간 개관 연장");
    const c = await article("시립도서관 휴관 안내");
    const me = await article("시립도서관 야간 개관 연장 운영");
    // 0.83, 0.83 (the newer first), then 0.25.
    expect((await related.listRelatedArticles(source(me))).map((r) => r.id)).toEqual([b.id, a.id, c.id]);
  });

  it("looks only at the nearest articles of the board in time", async () => {
    const far = await article("시립도서관 야간 개관 연장");
    for (let i = 0; i < related.RELATED_WINDOW; i++) await article(`농업인 교육 ${i}회차 개최`);
    const me = await article("시립도서관 야간 개관 연장 운영");
    expect((await related.listRelatedArticles(source(me))).map((r) => r.id)).not.toContain(far.id);
  });

  it("puts the editor's picks first, in their order, from any board; unpublished picks drop out", async () => {
    const me = await article("한빛시 예산안 의회 제출");
    const similar = await article("한빛시 예산안 의회 통과");
    const p1 = await article("문화재단 공연 일정", culture);
    const p2 = await article("전혀 다른 기사");
    const p3 = await article("나중에 내려갈 기사");
    const result = await service.setRelatedPicks(editor, me.id, [p2.id, p1.id, p3.id]);
    expect(result.ok).toBe(true);
    expect((await related.listRelatedArticles(source(me))).map((r) => [r.id, r.picked])).toEqual([
      [p2.id, true],
      [p1.id, true],
      [p3.id, true],
      [similar.id, false],
    ]);
    await pool.query("UPDATE articles SET status = 'UNPUBLISHED' WHERE id = $1", [p3.id]);
    expect((await related.listRelatedArticles(source(me))).map((r) => r.id)).toEqual([p2.id, p1.id, similar.id]);
    expect((await pool.query("SELECT action FROM audit_logs WHERE action = 'article.relatedPicks'")).rowCount).toBe(1);
  });

  it("refuses itself, unpublished articles and someone else's article, naming what is wrong", async () => {
    const me = await article("기사");
    const draft = await article("초안", news, "DRAFT");
    expect(await service.setRelatedPicks(editor, me.id, [me.id])).toMatchObject({ ok: false, reason: "relatedInvalid", message: "이 기사 자신은 관련기사로 지정할 수 없습니다." });
    expect(await service.setRelatedPicks(editor, me.id, [draft.id, 999_999])).toMatchObject({ ok: false, message: `${draft.id}, 999999번은 발행된 기사가 아닙니다.` });
    expect(await service.setRelatedPicks(reporter, me.id, [])).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await prisma.articleRelatedPick.count()).toBe(0);
  });

  it("makes a picked article's changes expire the pages that pick it", async () => {
    const me = await article("고른 기사");
    const picked = await service.createArticle(editor, { title: "골라진 기사", boardId: culture, body: "<p>x</p>" }, { intent: "publish" });
    if (!picked.ok) throw new Error();
    await service.setRelatedPicks(editor, me.id, [picked.id]);
    invalidated.length = 0;
    await service.unpublishArticle(editor, picked.id);
    expect(invalidated[0]?.pickedBy).toEqual([me.id]);
    expect(articleChangeTags(invalidated[0]!)).toContain(`article:${me.id}`);
  });
});

import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import type { ArticleChange } from "@/lib/cache/invalidate";
import { createTestPool, truncateAll } from "../../../setup/db";

const pool = createTestPool();
const service = await import("@/lib/articles/service");
const { prisma } = await import("@/lib/db");

const invalidated: ArticleChange[] = [];
(await import("@/lib/articles/transaction")).setInvalidator((change) => invalidated.push(change));

type Actor = { id: number; role: "REPORTER" | "EDITOR" | "ADMIN"; displayName: string };
let reporter: Actor;
let otherReporter: Actor;
let editorUser: Actor;
let news: number;
let culture: number;
let scheduleBoard: number;

async function makeUser(loginId: string, role: Actor["role"], displayName: string): Promise<Actor> {
  const user = await prisma.user.create({ data: { loginId, displayName, role, passwordHash: "x" } });
  return { id: user.id, role, displayName };
}

beforeEach(async () => {
  await truncateAll(pool);
  invalidated.length = 0;
  reporter = await makeUser("reporter", "REPORTER", "김기자");
  otherReporter = await makeUser("reporter2", "REPORTER", "이기자");
  editorUser = await makeUser("editor", "EDITOR", "박편집");
  news = (await prisma.board.create({ data: { slug: "news", name: "뉴스" } })).id;
  culture = (await prisma.board.create({ data: { slug: "culture", name: "문화" } })).id;
  scheduleBoard = (await prisma.board.create({ data: { slug: "schedule", name: "주요일정", kind: "SCHEDULE" } })).id;
});

afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
});

/** Rows whose board_seq differs from the invariant's definition. */
async function invariantViolations(): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`
    SELECT count(*) AS n FROM articles a JOIN (
      SELECT id, CASE WHEN status = 'PUBLISHED' AND NOT pinned
        THEN row_number() OVER (PARTITION BY board_id, (status = 'PUBLISHED' AND NOT pinned) ORDER BY published_at, id) END AS seq
      FROM articles) s USING (id)
    WHERE a.board_seq IS DISTINCT FROM s.seq`);
  return Number(rows[0]?.n);
}

function content(title: string, body = "<p>본문입니다.</p>", boardId = news) {
  return { title, boardId, body };
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe("article service", () => {
  it("creates a draft with version 1 and its first revision, invisible to readers", async () => {
    const created = ok(await service.createArticle(reporter, content("초안", '<p onclick="x()">안녕<script>alert(1)</script></p>')));
    expect(created.status).toBe("DRAFT");
    expect(created.version).toBe(1);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.body).toBe("<p>안녕</p>");
    expect(row.bodyText).toBe("안녕");
    expect(row.excerpt).toBe("안녕");
    expect(row.authorName).toBe("김기자");
    expect(row.boardSeq).toBeNull();
    expect(await prisma.articleRevision.count({ where: { articleId: created.id, version: 1 } })).toBe(1);
    expect(invalidated).toEqual([]);
  });

  it("refuses a reporter's publish and schedule, and writes nothing", async () => {
    const publish = await service.createArticle(reporter, content("기자 발행"), { intent: "publish" });
    expect(publish).toMatchObject({ ok: false, reason: "forbidden" });
    const draft = ok(await service.createArticle(reporter, content("기자 초안")));
    expect(await service.publishArticle(reporter, draft.id)).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await service.scheduleArticle(reporter, draft.id, new Date(Date.now() + 60_000))).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await service.saveArticle(reporter, draft.id, content("기자 초안"), { baseVersion: 1, intent: "publish" })).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await prisma.article.count({ where: { status: "PUBLISHED" } })).toBe(0);
  });

  it("lets a reporter edit only their own draft", async () => {
    const mine = ok(await service.createArticle(reporter, content("내 초안")));
    expect(await service.saveArticle(otherReporter, mine.id, content("남의 초안 수정"), { baseVersion: 1 })).toMatchObject({ ok: false, reason: "forbidden" });
    const saved = ok(await service.saveArticle(reporter, mine.id, content("내 초안 수정"), { baseVersion: 1, intent: "submit" }));
    expect(saved.version).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: "article.submit", targetId: String(mine.id) } })).toBe(1);
    ok(await service.publishArticle(editorUser, mine.id));
    // Published: no longer the reporter's to change.
    expect(await service.saveArticle(reporter, mine.id, content("발행 뒤 수정"), { baseVersion: 2 })).toMatchObject({ ok: false, reason: "forbidden" });
  });

  it("publishes with dense board_seq and invalidates only the article's tags", async () => {
    const a = ok(await service.createArticle(editorUser, content("첫 기사"), { intent: "publish" }));
    const b = ok(await service.createArticle(editorUser, content("둘째 기사"), { intent: "publish" }));
    const c = ok(await service.createArticle(editorUser, content("다른 게시판", "<p>x</p>", culture), { intent: "publish" }));
    const seqs = await prisma.article.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, orderBy: { id: "asc" }, select: { boardSeq: true } });
    expect(seqs.map((s) => s.boardSeq)).toEqual([1, 2, 1]);
    expect(invalidated).toEqual([
      { id: a.id, boardSlug: "news", scheduleDates: undefined, authorId: editorUser.id },
      { id: b.id, boardSlug: "news", scheduleDates: undefined, authorId: editorUser.id },
      { id: c.id, boardSlug: "culture", scheduleDates: undefined, authorId: editorUser.id },
    ]);
    expect(await prisma.auditLog.count({ where: { action: "article.publish" } })).toBe(3);
    expect(await invariantViolations()).toBe(0);
  });

  it("keeps the boardSeq invariant through unpublish, delete, backdated publish, moves and restore", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push(ok(await service.createArticle(editorUser, content(`기사 ${i}`), { intent: "publish" })).id);
    expect(await invariantViolations()).toBe(0);

    ok(await service.unpublishArticle(editorUser, ids[1]!));
    expect(await invariantViolations()).toBe(0);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: ids[4]! } })).boardSeq).toBe(4);

    ok(await service.deleteArticle(editorUser, ids[2]!));
    expect(await invariantViolations()).toBe(0);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: ids[4]! } })).boardSeq).toBe(3);

    // Backdated: lands before everything else and pushes the others up.
    const old = ok(await service.createArticle(editorUser, content("옛 기사")));
    ok(await service.publishArticle(editorUser, old.id, { publishedAt: new Date("2001-01-01T00:00:00Z") }));
    expect((await prisma.article.findUniqueOrThrow({ where: { id: old.id } })).boardSeq).toBe(1);
    expect(await invariantViolations()).toBe(0);

    // Republishing the unpublished one keeps its original time (a middle position).
    ok(await service.publishArticle(editorUser, ids[1]!));
    expect((await prisma.article.findUniqueOrThrow({ where: { id: ids[1]! } })).boardSeq).toBe(3);
    expect(await invariantViolations()).toBe(0);

    // Move a published article to another board: both boards stay dense.
    const moved = ok(await service.saveArticle(editorUser, ids[0]!, content("기사 0", "<p>본문입니다.</p>", culture), { baseVersion: 1 }));
    expect(moved.version).toBe(2);
    expect(invalidated.at(-1)).toMatchObject({ id: ids[0], boardSlug: "culture", previousBoardSlug: "news" });
    expect(await invariantViolations()).toBe(0);

    ok(await service.restoreDeletedArticle(editorUser, ids[2]!));
    ok(await service.publishArticle(editorUser, ids[2]!));
    expect(await invariantViolations()).toBe(0);
  });

  it("deletes with a 410 tombstone and restores without it", async () => {
    const a = ok(await service.createArticle(editorUser, content("지울 기사"), { intent: "publish" }));
    ok(await service.deleteArticle(editorUser, a.id));
    const row = await prisma.article.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.status).toBe("DELETED");
    expect(row.deletedAt).not.toBeNull();
    expect(await prisma.redirect.findUnique({ where: { fromPath: `/article/${a.id}` } })).toMatchObject({ statusCode: 410 });
    expect(await prisma.auditLog.count({ where: { action: "article.delete", targetId: String(a.id) } })).toBe(1);
    expect(await service.deleteArticle(editorUser, a.id)).toMatchObject({ ok: false, reason: "invalidTransition" });
    expect(await service.saveArticle(editorUser, a.id, content("삭제 후 수정"), { baseVersion: 1 })).toMatchObject({ ok: false, reason: "invalidTransition" });
    ok(await service.restoreDeletedArticle(editorUser, a.id));
    expect(await prisma.redirect.count({ where: { fromPath: `/article/${a.id}` } })).toBe(0);
  });

  it("detects a stale save, returns both texts and a diff, keeps my text as a draft copy", async () => {
    const a = ok(await service.createArticle(editorUser, content("원래 제목", "<p>첫 줄</p><p>둘째 줄</p>"), { intent: "publish" }));
    const first = ok(await service.saveArticle(editorUser, a.id, content("먼저 고친 제목", "<p>첫 줄</p><p>먼저 고친 둘째 줄</p>"), { baseVersion: 1 }));
    expect(first.version).toBe(2);

    const stale = await service.saveArticle(editorUser, a.id, content("나중에 고친 제목", "<p>첫 줄</p><p>나중에 고친 둘째 줄</p>"), {
      baseVersion: 1,
    });
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.reason !== "conflict") throw new Error("expected a conflict");
    const c = stale.conflict;
    expect(c.baseVersion).toBe(1);
    expect(c.currentVersion).toBe(2);
    expect(c.theirs.title).toBe("먼저 고친 제목");
    expect(c.theirs.body).toContain("먼저 고친 둘째 줄");
    expect(c.mine.title).toBe("나중에 고친 제목");
    expect(c.mine.body).toContain("나중에 고친 둘째 줄");
    expect(c.diff).toEqual([
      { kind: "removed", text: "먼저 고친 제목" },
      { kind: "added", text: "나중에 고친 제목" },
      { kind: "same", text: "첫 줄" },
      { kind: "removed", text: "먼저 고친 둘째 줄" },
      { kind: "added", text: "나중에 고친 둘째 줄" },
    ]);

    // The article kept the first save; my text lives on as a draft copy with its own revision.
    const row = await prisma.article.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.title).toBe("먼저 고친 제목");
    expect(row.version).toBe(2);
    const snapshot = await prisma.article.findUniqueOrThrow({ where: { id: c.snapshotId } });
    expect(snapshot.status).toBe("DRAFT");
    expect(snapshot.title).toContain("나중에 고친 제목");
    expect(snapshot.body).toContain("나중에 고친 둘째 줄");

    // Re-based on the current version, my save goes through and the other text stays a revision.
    const retry = ok(await service.saveArticle(editorUser, a.id, content("나중에 고친 제목", "<p>첫 줄</p><p>나중에 고친 둘째 줄</p>"), { baseVersion: 2 }));
    expect(retry.version).toBe(3);
    const revisions = await prisma.articleRevision.findMany({ where: { articleId: a.id }, orderBy: { version: "asc" }, select: { version: true, title: true } });
    expect(revisions).toEqual([
      { version: 1, title: "원래 제목" },
      { version: 2, title: "먼저 고친 제목" },
      { version: 3, title: "나중에 고친 제목" },
    ]);
  });

  it("lets a stale save through when it changes nothing", async () => {
    const a = ok(await service.createArticle(editorUser, content("같은 글")));
    ok(await service.saveArticle(editorUser, a.id, content("바뀐 글"), { baseVersion: 1 }));
    const same = ok(await service.saveArticle(editorUser, a.id, content("바뀐 글"), { baseVersion: 1, intent: "publish" }));
    expect(same.status).toBe("PUBLISHED");
    expect(same.version).toBe(2);
  });

  it("serializes two concurrent saves on one base: exactly one wins, the other conflicts", async () => {
    const a = ok(await service.createArticle(editorUser, content("동시 편집")));
    const results = await Promise.all([
      service.saveArticle(editorUser, a.id, content("편집 A"), { baseVersion: 1 }),
      service.saveArticle(editorUser, a.id, content("편집 B"), { baseVersion: 1 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(1);
  });

  it("restores a revision as a new version", async () => {
    const a = ok(await service.createArticle(editorUser, content("판 1", "<p>하나</p>"), { intent: "publish" }));
    ok(await service.saveArticle(editorUser, a.id, content("판 2", "<p>둘</p>"), { baseVersion: 1 }));
    const first = await prisma.articleRevision.findFirstOrThrow({ where: { articleId: a.id, version: 1 } });
    expect(await service.restoreRevision(reporter, a.id, first.id, 2)).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await service.restoreRevision(editorUser, a.id, first.id, 1)).toMatchObject({ ok: false, reason: "conflict" });
    const restored = ok(await service.restoreRevision(editorUser, a.id, first.id, 2));
    expect(restored.version).toBe(3);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ title: "판 1", body: "<p>하나</p>", bodyText: "하나", version: 3 });
    expect(await prisma.auditLog.count({ where: { action: "article.restoreRevision" } })).toBe(1);
  });

  it("updates editedAt on content changes only", async () => {
    const a = ok(await service.createArticle(editorUser, content("시각")));
    // An edit time well in the past, so "changed" cannot hide in the same millisecond.
    await pool.query("UPDATE articles SET edited_at = edited_at - interval '1 minute' WHERE id = $1", [a.id]);
    const before = (await prisma.article.findUniqueOrThrow({ where: { id: a.id } })).editedAt;
    ok(await service.publishArticle(editorUser, a.id));
    expect((await prisma.article.findUniqueOrThrow({ where: { id: a.id } })).editedAt).toEqual(before);
    ok(await service.saveArticle(editorUser, a.id, content("시각 수정"), { baseVersion: 1 }));
    expect((await prisma.article.findUniqueOrThrow({ where: { id: a.id } })).editedAt.getTime()).toBeGreaterThan(before.getTime());
  });

  it("writes a schedule post's entries, generated title and ▲ body", async () => {
    const entries = [
      { time: "08:30", event: "간부회의", place: "부시장실", attendees: "9명", department: "행정지원과", host: "부시장" },
      { time: "14:00", event: "현장 점검", place: null, attendees: null, department: null, host: "시 장" },
    ];
    const created = ok(
      await service.createArticle(editorUser, { title: "", boardId: scheduleBoard, body: "", schedule: { date: "2025-02-19", entries } }, { intent: "publish" }),
    );
    const row = await prisma.article.findUniqueOrThrow({ where: { id: created.id }, include: { scheduleEntries: { orderBy: { sortOrder: "asc" } } } });
    expect(row.title).toMatch(/^\[.+ 오늘의 주요일정\] - 2월 19일 수요일$/);
    expect(row.body).toBe("<p>▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장</p><p>▲ 14:00 - 현장 점검, , , , 시 장</p>");
    expect(row.scheduleEntries.map((e) => e.event)).toEqual(["간부회의", "현장 점검"]);
    expect(invalidated.at(-1)).toEqual({ id: created.id, boardSlug: "schedule", scheduleDates: ["2025-02-19"], authorId: editorUser.id });

    // Moving the post to another day invalidates both days.
    ok(await service.saveArticle(editorUser, created.id, { title: "", boardId: scheduleBoard, body: "", schedule: { date: "2025-02-20", entries } }, { baseVersion: 1 }));
    expect(invalidated.at(-1)?.scheduleDates?.sort()).toEqual(["2025-02-19", "2025-02-20"]);
    expect(await prisma.scheduleEntry.count({ where: { articleId: created.id } })).toBe(2);

    // A plain article can't go to the schedule board.
    expect(await service.createArticle(editorUser, content("일정 아님", "<p>x</p>", scheduleBoard))).toMatchObject({ ok: false });
  });
});

describe("scheduler", () => {
  it("publishes overdue and due posts, not future ones, with the scheduled time", async () => {
    const overdue = ok(await service.createArticle(editorUser, content("밀린 예약")));
    const future = ok(await service.createArticle(editorUser, content("나중 예약")));
    const published = ok(await service.createArticle(editorUser, content("이미 발행"), { intent: "publish" }));
    ok(await service.scheduleArticle(editorUser, overdue.id, new Date(Date.now() + 1_000)));
    ok(await service.scheduleArticle(editorUser, future.id, new Date(Date.now() + 3_600_000)));
    // As if the server had been down through the scheduled time.
    const due = new Date(Date.now() - 3_600_000);
    await prisma.article.update({ where: { id: overdue.id }, data: { scheduledAt: due } });

    const result = await service.publishDueArticles();
    expect(result).toEqual([{ id: overdue.id, boardSlug: "news", scheduleDates: undefined, authorId: editorUser.id }]);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: overdue.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toEqual(due);
    expect(row.scheduledAt).toBeNull();
    // Published an hour "earlier" than the already-published one: it sorts before it.
    expect(row.boardSeq).toBe(1);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: published.id } })).boardSeq).toBe(2);
    expect(await invariantViolations()).toBe(0);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: future.id } })).status).toBe("SCHEDULED");
    expect(await service.publishDueArticles()).toEqual([]);
    expect(await service.nextScheduledAt()).toEqual((await prisma.article.findUniqueOrThrow({ where: { id: future.id } })).scheduledAt);
  });

  it("publishes each due post exactly once when several schedulers run at once", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const a = ok(await service.createArticle(editorUser, content(`예약 ${i}`, "<p>x</p>", i % 2 ? news : culture)));
      ok(await service.scheduleArticle(editorUser, a.id, new Date(Date.now() + 60_000)));
      ids.push(a.id);
    }
    await prisma.article.updateMany({ where: { id: { in: ids } }, data: { scheduledAt: new Date(Date.now() - 1000) } });
    const runs = await Promise.all([service.publishDueArticles(), service.publishDueArticles(), service.publishDueArticles()]);
    const all = runs.flat().map((p) => p.id).sort((a, b) => a - b);
    expect(all).toEqual([...ids].sort((a, b) => a - b));
    expect(await prisma.auditLog.count({ where: { action: "article.publish", actorId: null } })).toBe(6);
    expect(await invariantViolations()).toBe(0);
  });

  it("cancelling a schedule returns the post to draft", async () => {
    const a = ok(await service.createArticle(editorUser, content("예약 취소")));
    ok(await service.scheduleArticle(editorUser, a.id, new Date(Date.now() + 60_000)));
    const cancelled = ok(await service.unpublishArticle(editorUser, a.id));
    expect(cancelled.status).toBe("DRAFT");
    expect(cancelled.scheduledAt).toBeNull();
    expect(invalidated).toEqual([]);
  });
});

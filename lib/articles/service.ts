import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { conflictFailure, recordConflict } from "@/lib/articles/conflict";
import { contentColumns, deriveContent, prepareContent, scheduleDatesIfAny, scheduleDatesOf, writeRevision, writeScheduleEntries } from "@/lib/articles/content";
import type { ArticleContentInput, PreparedContent } from "@/lib/articles/content";
import { lockArticle, lockBoards, placeInBoard, requireBoard, settlePlacement, type BoardRow, type LockedWithBoards } from "@/lib/articles/placement";
import { Abort, fail, outcomeOf, requireEdit, requirePermission, resourceOf, runWrite } from "@/lib/articles/transaction";
import type { Actor, Effect, Result, Tx } from "@/lib/articles/transaction";
import { auditIntent, checkSave, type CreateOptions, type SaveIntent, type SaveOptions } from "@/lib/articles/save-intent";
import { assertTransition } from "@/lib/articles/transitions";
import { enqueueIndexNow } from "@/lib/indexnow/outbox";
import { clearArticleTombstone, recordArticleTombstone } from "@/lib/routing/redirects";
import { articleUrl } from "@/lib/seo/json-ld";
import { editor } from "@/lib/strings/editor";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

// The posts service: what a newsroom does to an article, and the only code that changes an
// article's status, content or position. Which status each step may start from is the table in
// lib/articles/transitions.ts; who may take it, lib/auth/roles.ts. Every write runs in one
// transaction (lib/articles/transaction.ts) that locks the board(s) and then the article
// (lib/articles/placement.ts), writes its audit row, and invalidates after commit, only when
// readers can see the change.

/** The change readers see when a published article changed (or just stopped being public). */
async function publicChange(tx: Tx, { row, board }: LockedWithBoards) {
  return { id: row.id, boardSlug: board.slug, scheduleDates: await scheduleDatesIfAny(tx, row.id, board), authorId: row.author_id };
}

/** A new article (version 1, revision 1), saved as a draft, submitted, published or scheduled. */
export async function createArticle(actor: Actor, input: ArticleContentInput, options: CreateOptions = {}): Promise<Result> {
  const intent = options.intent ?? "save";
  return runWrite(async (tx) => {
    requirePermission(actor, "article.create");
    const board = await requireBoard(tx, input.boardId);
    const status = checkSave(actor, intent, { authorId: actor.id, status: "DRAFT" }, board, input, options.scheduledAt);
    const content = await prepareContent(tx, input);
    const now = new Date();
    const article = await tx.article.create({
      data: {
        ...contentColumns(content),
        status,
        authorId: actor.id,
        authorName: actor.displayName,
        version: 1,
        publishedAt: status === "PUBLISHED" ? now : null,
        scheduledAt: status === "SCHEDULED" ? (options.scheduledAt ?? null) : null,
        submittedAt: intent === "submit" ? now : null,
        editedAt: now,
      },
    });
    await writeRevision(tx, article.id, 1, content, actor.id);
    if (content.schedule) await writeScheduleEntries(tx, article.id, content.schedule);
    if (status === "PUBLISHED") await placeInBoard(tx, article.id, board.id);
    await auditIntent(tx, actor, article.id, intent, status === "PUBLISHED", { title: content.title, at: article.scheduledAt });
    return {
      change: status === "PUBLISHED" ? { id: article.id, boardSlug: board.slug, scheduleDates: content.schedule ? [content.schedule.date] : undefined, authorId: actor.id } : null,
      outcome: outcomeOf(article),
      wakeScheduler: status === "SCHEDULED",
    };
  });
}

/**
 * Saves the form over an existing article (optimistic locking on `baseVersion`) and applies the
 * intent. A stale base whose text differs from the current one returns a conflict carrying both
 * texts and a diff; my text is kept as a DRAFT copy, and nothing in the article changes.
 */
export async function saveArticle(actor: Actor, id: number, input: ArticleContentInput, options: SaveOptions): Promise<Result> {
  const intent = options.intent ?? "save";
  return runWrite(async (tx) => {
    const locked = await lockArticle(tx, id, input.boardId);
    const { row, boards } = locked;
    assertTransition(row.status, "edit");
    requireEdit(actor, row);
    const newBoard = boards.get(input.boardId);
    if (!newBoard) throw new Abort(fail("boardNotFound"));
    const status = checkSave(actor, intent, resourceOf(row), newBoard, input, options.scheduledAt);
    const content = await prepareContent(tx, input);
    const contentChanged = content.title !== row.title || content.body !== row.body || content.boardId !== row.board_id;
    if (row.version !== options.baseVersion && contentChanged) {
      return { failure: await recordConflict(tx, actor, row, content, options.baseVersion) };
    }
    return applySave(tx, actor, { ...locked, newBoard }, content, { intent, status, contentChanged, scheduledAt: options.scheduledAt ?? null });
  });
}

type SaveStep = { intent: SaveIntent; status: ArticleStatus; contentChanged: boolean; scheduledAt: Date | null };

async function applySave(tx: Tx, actor: Actor, locked: LockedWithBoards & { newBoard: BoardRow }, content: PreparedContent, step: SaveStep): Promise<Effect> {
  const { row, board: oldBoard, newBoard } = locked;
  const { intent, status, contentChanged } = step;
  const previousDates = content.schedule ? await scheduleDatesOf(tx, row.id) : [];
  const now = new Date();
  const moved = content.boardId !== row.board_id;
  const version = contentChanged ? row.version + 1 : row.version;
  const updated = await tx.article.update({
    where: { id: row.id },
    data: {
      ...(contentChanged ? { ...contentColumns(content), editedAt: now, version } : {}),
      status,
      publishedAt: status === "PUBLISHED" ? (row.published_at ?? now) : row.published_at,
      scheduledAt: status === "SCHEDULED" ? (intent === "schedule" ? step.scheduledAt : row.scheduled_at) : null,
      submittedAt: intent === "submit" ? now : status === "DRAFT" ? undefined : null,
      // A move or a status change re-derives board_seq below.
      ...(contentChanged && moved ? { boardSeq: null } : {}),
    },
  });
  if (contentChanged) await writeRevision(tx, row.id, version, content, actor.id);
  if (content.schedule) await writeScheduleEntries(tx, row.id, content.schedule);
  await settlePlacement(tx, { id: row.id, fromBoard: row.board_id, toBoard: content.boardId, was: row.status, now: status });
  await auditIntent(tx, actor, row.id, intent, status === "PUBLISHED" && row.status !== "PUBLISHED", { title: content.title, version, at: updated.scheduledAt });
  const visible = row.status === "PUBLISHED" || status === "PUBLISHED";
  const dates = [...new Set([...previousDates, ...(content.schedule ? [content.schedule.date] : [])])];
  return {
    change: visible && (contentChanged || status !== row.status)
      ? { id: row.id, boardSlug: newBoard.slug, previousBoardSlug: moved ? oldBoard.slug : undefined, scheduleDates: dates.length ? dates : undefined, authorId: row.author_id }
      : null,
    outcome: outcomeOf(updated),
    wakeScheduler: status === "SCHEDULED",
  };
}

/** Publish now (status only). `publishedAt` backdates, e.g. for imports. */
export async function publishArticle(actor: Actor, id: number, options: { publishedAt?: Date } = {}): Promise<Result> {
  return runWrite(async (tx) => {
    const locked = await lockArticle(tx, id);
    const { row } = locked;
    requirePermission(actor, "article.publish", resourceOf(row));
    const status = assertTransition(row.status, "publish");
    const updated = await tx.article.update({
      where: { id },
      data: { status, publishedAt: options.publishedAt ?? row.published_at ?? new Date(), scheduledAt: null, submittedAt: null },
    });
    await placeInBoard(tx, id, row.board_id);
    await recordAudit(tx, { actorId: actor.id, action: "article.publish", targetType: "article", targetId: id, detail: { title: row.title } });
    return { change: await publicChange(tx, locked), outcome: outcomeOf(updated) };
  });
}

/** Schedule for later (status only); the scheduler publishes it at `at`. */
export async function scheduleArticle(actor: Actor, id: number, at: Date): Promise<Result> {
  return runWrite(async (tx) => {
    const { row } = await lockArticle(tx, id);
    requirePermission(actor, "article.schedule", resourceOf(row));
    const status = assertTransition(row.status, "schedule");
    const updated = await tx.article.update({ where: { id }, data: { status, scheduledAt: at, submittedAt: null } });
    await recordAudit(tx, { actorId: actor.id, action: "article.schedule", targetType: "article", targetId: id, detail: { at: at.toISOString() } });
    return { change: null, outcome: outcomeOf(updated), wakeScheduler: true };
  });
}

/** Takes a published article off the site (its URL then 404s), or cancels a schedule. */
export async function unpublishArticle(actor: Actor, id: number): Promise<Result> {
  return runWrite(async (tx) => {
    const locked = await lockArticle(tx, id);
    const { row } = locked;
    requirePermission(actor, "article.unpublish", resourceOf(row));
    const status = assertTransition(row.status, "unpublish");
    const updated = await tx.article.update({ where: { id }, data: { status, scheduledAt: null, boardSeq: null } });
    await settlePlacement(tx, { id, fromBoard: row.board_id, toBoard: row.board_id, was: row.status, now: status });
    await recordAudit(tx, { actorId: actor.id, action: "article.unpublish", targetType: "article", targetId: id, detail: { from: row.status } });
    return { change: row.status === "PUBLISHED" ? await publicChange(tx, locked) : null, outcome: outcomeOf(updated) };
  });
}

/** Deletes (soft): status DELETED, a tombstone so `/article/{id}` answers 410. */
export async function deleteArticle(actor: Actor, id: number): Promise<Result> {
  return runWrite(async (tx) => {
    const locked = await lockArticle(tx, id);
    const { row, board } = locked;
    requirePermission(actor, "article.delete", resourceOf(row));
    const status = assertTransition(row.status, "delete");
    const updated = await tx.article.update({ where: { id }, data: { status, deletedAt: new Date(), scheduledAt: null, boardSeq: null, submittedAt: null } });
    await settlePlacement(tx, { id, fromBoard: row.board_id, toBoard: row.board_id, was: row.status, now: status });
    await recordArticleTombstone(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: "article.delete", targetType: "article", targetId: id, detail: { from: row.status, title: row.title } });
    const wasPublic = row.status === "PUBLISHED";
    return { change: wasPublic ? await publicChange(tx, locked) : { id, boardSlug: board.slug }, outcome: outcomeOf(updated), notify: wasPublic };
  });
}

/** Undoes a delete: the article comes back as a draft and its URL stops answering 410. */
export async function restoreDeletedArticle(actor: Actor, id: number): Promise<Result> {
  return runWrite(async (tx) => {
    const { row, board } = await lockArticle(tx, id);
    requirePermission(actor, "article.delete", resourceOf(row));
    const status = assertTransition(row.status, "restoreDeleted");
    const updated = await tx.article.update({ where: { id }, data: { status, deletedAt: null } });
    await clearArticleTombstone(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: "article.restore", targetType: "article", targetId: id });
    // The 410 was answered from the stored redirects; the article page itself may be cached as gone.
    // Back as a draft, the address is still not public: nothing for search engines.
    return { change: { id, boardSlug: board.slug, authorId: row.author_id }, outcome: outcomeOf(updated), notify: false };
  });
}

/** Makes an old revision the current text again, as a new version (history stays linear). */
export async function restoreRevision(actor: Actor, id: number, revisionId: number, baseVersion: number): Promise<Result> {
  const revision = await prisma.articleRevision.findFirst({ where: { id: revisionId, articleId: id }, select: { title: true, body: true, boardId: true, version: true } });
  if (!revision) return fail("revisionNotFound");
  return runWrite(async (tx) => {
    const { row, board: oldBoard, boards } = await lockArticle(tx, id, revision.boardId);
    requirePermission(actor, "article.restoreRevision", resourceOf(row));
    assertTransition(row.status, "restoreRevision");
    if (row.version !== baseVersion) return { failure: conflictFailure(baseVersion, { ...row, editorName: null, savedAt: new Date() }, revision, 0) };
    const newBoard = boards.get(revision.boardId) ?? oldBoard;
    const content = await deriveContent(tx, revision.title, newBoard.id, revision.body);
    const version = row.version + 1;
    const moved = newBoard.id !== row.board_id;
    const updated = await tx.article.update({
      where: { id },
      data: { ...contentColumns(content), editedAt: new Date(), version, ...(moved ? { boardSeq: null } : {}) },
    });
    await writeRevision(tx, id, version, content, actor.id);
    await settlePlacement(tx, { id, fromBoard: row.board_id, toBoard: newBoard.id, was: row.status, now: row.status });
    await recordAudit(tx, { actorId: actor.id, action: "article.restoreRevision", targetType: "article", targetId: id, detail: { fromVersion: revision.version, version } });
    return {
      change: row.status === "PUBLISHED" ? { id, boardSlug: newBoard.slug, previousBoardSlug: moved ? oldBoard.slug : undefined, authorId: row.author_id } : null,
      outcome: outcomeOf(updated),
    };
  });
}

/**
 * Attaches a dated correction (정정) or reply (반론) to a published article: readers see it at the
 * top of the article, and the article's last-edited time (수정, dateModified) moves to now.
 */
export async function addCorrection(actor: Actor, id: number, input: { kind: "CORRECTION" | "REBUTTAL"; text: string }): Promise<Result> {
  return runWrite(async (tx) => {
    const locked = await lockArticle(tx, id);
    requirePermission(actor, "article.correct", resourceOf(locked.row));
    assertTransition(locked.row.status, "correct");
    const now = new Date();
    await tx.articleCorrection.create({ data: { articleId: id, kind: input.kind, text: input.text, editorId: actor.id, createdAt: now } });
    const updated = await tx.article.update({ where: { id }, data: { editedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "article.correction", targetType: "article", targetId: id, detail: { kind: input.kind, text: input.text } });
    return { change: await publicChange(tx, locked), outcome: outcomeOf(updated) };
  });
}

/**
 * The editor's own related articles (관련기사), in order; an empty list goes back to the automatic
 * choice. Each must be a published article other than this one.
 */
export async function setRelatedPicks(actor: Actor, id: number, relatedIds: number[]): Promise<Result> {
  return runWrite(async (tx) => {
    const { row, board } = await lockArticle(tx, id);
    assertTransition(row.status, "pickRelated");
    requireEdit(actor, row);
    if (relatedIds.includes(id)) throw new Abort({ ok: false, reason: "relatedInvalid", message: editor.related.errors.self });
    const found = await tx.article.findMany({ where: { id: { in: relatedIds }, status: "PUBLISHED" }, select: { id: true } });
    const missing = relatedIds.filter((rid) => !found.some((f) => f.id === rid));
    if (missing.length > 0) throw new Abort({ ok: false, reason: "relatedInvalid", message: editor.related.errors.notPublished(missing) });
    await tx.articleRelatedPick.deleteMany({ where: { articleId: id } });
    if (relatedIds.length > 0) {
      await tx.articleRelatedPick.createMany({ data: relatedIds.map((relatedId, index) => ({ articleId: id, position: index + 1, relatedId })) });
    }
    await recordAudit(tx, { actorId: actor.id, action: "article.relatedPicks", targetType: "article", targetId: id, detail: { related: relatedIds } });
    return {
      // Only the article's own page shows its picks; its content is unchanged for search engines.
      change: row.status === "PUBLISHED" ? { id, boardSlug: board.slug, authorId: row.author_id } : null,
      notify: false,
      outcome: outcomeOf({ id, status: row.status, version: row.version, publishedAt: row.published_at, scheduledAt: row.scheduled_at }),
    };
  });
}

export type DuePublication = { id: number; boardSlug: string; scheduleDates?: string[]; authorId: number | null };

/**
 * Publishes every SCHEDULED article whose time has come (including ones overdue from while the
 * server was down), at most `limit` per call. Safe with several servers running it at once:
 * rows another transaction holds are skipped, and the UPDATE re-checks the status.
 * Returns what was published; the caller invalidates (it runs outside any request).
 */
export async function publishDueArticles(now: Date = new Date(), limit = 50): Promise<DuePublication[]> {
  const candidates = await prisma.$queryRaw<Array<{ board_id: number }>>`
    SELECT DISTINCT board_id FROM articles WHERE status = 'SCHEDULED' AND scheduled_at <= ${now}`;
  if (candidates.length === 0) return [];
  return prisma.$transaction(
    async (tx) => {
      const boards = await lockBoards(tx, candidates.map((c) => c.board_id));
      const due = await tx.$queryRaw<Array<{ id: number; board_id: number; scheduled_at: Date; title: string; author_id: number | null }>>`
        SELECT id, board_id, scheduled_at, title, author_id FROM articles
        WHERE status = 'SCHEDULED' AND scheduled_at <= ${now} AND board_id = ANY(${[...boards.keys()]}::int[])
        ORDER BY scheduled_at, id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED`;
      const published: DuePublication[] = [];
      for (const article of due) {
        // TRANSITIONS.publishDue, in SQL: the WHERE re-checks the status under the row lock.
        const changed = await tx.$executeRaw`
          UPDATE articles SET status = 'PUBLISHED', published_at = scheduled_at, scheduled_at = NULL, updated_at = now()
          WHERE id = ${article.id} AND status = 'SCHEDULED'`;
        const board = boards.get(article.board_id);
        if (changed !== 1 || !board) continue;
        await placeInBoard(tx, article.id, article.board_id);
        await recordAudit(tx, { actorId: null, action: "article.publish", targetType: "article", targetId: article.id, detail: { title: article.title, scheduledAt: article.scheduled_at.toISOString() } });
        published.push({ id: article.id, boardSlug: board.slug, scheduleDates: await scheduleDatesIfAny(tx, article.id, board), authorId: article.author_id });
        await enqueueIndexNow(tx, [articleUrl(article.id)]);
      }
      return published;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** When the next scheduled article is due, or null when none is. */
export async function nextScheduledAt(): Promise<Date | null> {
  const row = await prisma.article.findFirst({
    where: { status: "SCHEDULED", scheduledAt: { not: null } },
    orderBy: { scheduledAt: "asc" },
    select: { scheduledAt: true },
  });
  return row?.scheduledAt ?? null;
}

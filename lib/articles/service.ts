import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { can, type Action, type ArticleResource } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { invalidateArticleChange, type ArticleChange } from "@/lib/cache/invalidate";
import { renumberBoard } from "@/lib/articles/board-seq";
import { diffLines, type DiffLine } from "@/lib/articles/diff";
import { sanitizeArticleHtml } from "@/lib/articles/sanitize";
import { escapeHtml, htmlToText, makeExcerpt } from "@/lib/articles/text";
import { enqueueIndexNow } from "@/lib/indexnow/outbox";
import { clearArticleTombstone, recordArticleTombstone } from "@/lib/routing/redirects";
import { articleUrl } from "@/lib/seo/json-ld";
import { formatScheduleLine } from "@/lib/schedule/format";
import type { ScheduleLine } from "@/lib/schedule/entry-schema";
import { scheduleTitle } from "@/lib/schedule/title";
import { site } from "@/lib/site";
import { editor } from "@/lib/strings/editor";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";

// The posts service: the only code that changes an article's status, content or position.
// Status machine (what the editor offers):
//   DRAFT ──submit──▶ DRAFT (flagged for review)      DRAFT/UNPUBLISHED ──schedule──▶ SCHEDULED
//   DRAFT/SCHEDULED/UNPUBLISHED ──publish──▶ PUBLISHED  SCHEDULED ──(time)──▶ PUBLISHED
//   PUBLISHED ──unpublish──▶ UNPUBLISHED               SCHEDULED ──unpublish──▶ DRAFT
//   any ──delete──▶ DELETED (410)                       DELETED ──restore──▶ DRAFT
// Every write runs in one transaction that locks the board(s) first, then the article, so
// the boardSeq renumbering (which touches other articles of the board) can never deadlock
// with another writer, and two publishers of one board serialize.
// Tags are invalidated after commit, and only when readers can see the change. Search-engine
// pings (IndexNow) for a public change are written in its transaction, for the worker to send.

type Tx = Prisma.TransactionClient;
export type Actor = Pick<SessionUser, "id" | "role" | "displayName">;

export type ArticleContentInput = {
  title: string;
  boardId: number;
  /** Editor HTML; sanitized here, whatever the caller did. */
  body: string;
  /** A daily schedule post: entries replace the body, the title is generated. */
  schedule?: { date: string; entries: ScheduleLine[] };
};

export type SaveIntent = "save" | "submit" | "publish" | "schedule";

export type ConflictInfo = {
  baseVersion: number;
  currentVersion: number;
  theirs: { title: string; body: string; editorName: string | null; savedAt: Date };
  mine: { title: string; body: string };
  titleChanged: boolean;
  diff: DiffLine[];
  /** The DRAFT copy of my text, kept so closing the tab loses nothing. */
  snapshotId: number;
};

export type Failure =
  | { ok: false; reason: "notFound" | "forbidden" | "invalidTransition" | "boardNotFound" | "revisionNotFound"; message: string }
  | { ok: false; reason: "conflict"; message: string; conflict: ConflictInfo }
  | { ok: false; reason: "relatedInvalid"; message: string };

export type ArticleOutcome = { ok: true; id: number; status: ArticleStatus; version: number; publishedAt: Date | null; scheduledAt: Date | null };
export type Result = ArticleOutcome | Failure;

const fail = (reason: Exclude<Failure["reason"], "conflict" | "relatedInvalid">): Failure => ({
  ok: false,
  reason,
  message: {
    notFound: editor.errors.notFound,
    forbidden: editor.errors.forbidden,
    invalidTransition: editor.errors.invalidTransition,
    boardNotFound: editor.errors.boardNotFound,
    revisionNotFound: editor.errors.revisionNotFound,
  }[reason],
});

/** Thrown inside a transaction to roll it back and return `failure` to the caller. */
class Abort extends Error {
  constructor(readonly failure: Failure) {
    super(failure.reason);
  }
}

type LockedArticle = {
  id: number;
  board_id: number;
  status: ArticleStatus;
  version: number;
  title: string;
  body: string;
  author_id: number | null;
  pinned: boolean;
  published_at: Date | null;
  scheduled_at: Date | null;
  lead_image_id: number | null;
};

type BoardRow = { id: number; slug: string; kind: "NEWS" | "SCHEDULE" | "NOTICE" };

/** What the transaction tells the after-commit step. A `failure` here still commits (the
 * conflict path keeps my text as a draft copy). */
type Effect =
  | {
      change: ArticleChange | null;
      outcome: ArticleOutcome;
      wakeScheduler?: boolean;
      /** The change is to a public URL, worth telling search engines (IndexNow); default yes. */
      notify?: boolean;
      failure?: undefined;
    }
  | { failure: Failure; change?: undefined; wakeScheduler?: undefined };

let afterCommitHook: ((change: ArticleChange) => void) | null = null;

/** Tests replace how invalidation happens (revalidateTag needs a request). */
export function setInvalidator(hook: ((change: ArticleChange) => void) | null): void {
  afterCommitHook = hook;
}

/** The channel the worker listens on, so a newly scheduled post is timed at once. */
export const SCHEDULE_CHANNEL = "article_schedule";

function afterCommit(effect: Effect): Result {
  if (effect.failure) return effect.failure;
  if (effect.change) {
    try {
      (afterCommitHook ?? invalidateArticleChange)(effect.change);
    } catch (error) {
      // The write is committed; a failed invalidation only delays visibility until expiry.
      console.error("article invalidation failed", error);
    }
  }
  if (effect.wakeScheduler) {
    // Only a nudge: the worker also looks for due posts every few seconds on its own.
    prisma.$executeRaw`SELECT pg_notify(${SCHEDULE_CHANNEL}, '')`.catch((error: unknown) => console.error("could not notify the worker", error));
  }
  return effect.outcome;
}

/**
 * Other pages that show this article's title and presence: the most-read ranking, and the
 * articles whose editors picked it as related. Their caches must follow its change too.
 */
async function addShownElsewhere(tx: Tx, change: ArticleChange): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ ranked: boolean; picked_by: number[] }>>`
    SELECT EXISTS (SELECT 1 FROM most_read_articles WHERE article_id = ${change.id}) AS ranked,
           ARRAY(SELECT article_id FROM article_related_picks WHERE related_id = ${change.id} ORDER BY article_id LIMIT 1000) AS picked_by`;
  if (rows[0]?.ranked) change.ranked = true;
  if (rows[0]?.picked_by.length) change.pickedBy = rows[0].picked_by;
}

async function run(work: (tx: Tx) => Promise<Effect>): Promise<Result> {
  try {
    const effect = await prisma.$transaction(
      async (tx) => {
        const done = await work(tx);
        if (done.change) await addShownElsewhere(tx, done.change);
        // Written with the change itself: the ping exists exactly when the change committed.
        if (done.change && done.notify !== false) await enqueueIndexNow(tx, [articleUrl(done.change.id)]);
        return done;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    return afterCommit(effect);
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    throw error;
  }
}

function resourceOf(row: Pick<LockedArticle, "author_id" | "status">): ArticleResource {
  return { authorId: row.author_id, status: row.status };
}

function requirePermission(actor: Actor, action: Action, resource?: ArticleResource): void {
  if (!can(actor, action, resource)) throw new Abort(fail("forbidden"));
}

/** Edit rights: anyone's article for editors, one's own draft for reporters. */
function requireEdit(actor: Actor, row: LockedArticle): void {
  if (can(actor, "article.editAny") || can(actor, "article.editOwnDraft", resourceOf(row))) return;
  throw new Abort(fail("forbidden"));
}

// ---------------------------------------------------------------------------------------------
// Locking and board order

async function lockBoards(tx: Tx, ids: number[]): Promise<Map<number, BoardRow>> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  // NO KEY UPDATE: exclusive among publishers, yet it doesn't block inserts whose foreign key
  // check takes KEY SHARE on the board row.
  const rows = await tx.$queryRaw<BoardRow[]>`
    SELECT id, slug, kind::text AS kind FROM boards WHERE id = ANY(${unique}::int[]) ORDER BY id FOR NO KEY UPDATE`;
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Locks the article's board (and `alsoBoardId`, e.g. a move target) and then the article.
 * The board id is read unlocked first; if a concurrent move changed it meanwhile, retry.
 */
async function lockArticle(tx: Tx, id: number, alsoBoardId?: number): Promise<{ row: LockedArticle; boards: Map<number, BoardRow> }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const peek = await tx.$queryRaw<Array<{ board_id: number }>>`SELECT board_id FROM articles WHERE id = ${id}`;
    const boardId = peek[0]?.board_id;
    if (boardId === undefined) throw new Abort(fail("notFound"));
    const boards = await lockBoards(tx, alsoBoardId === undefined ? [boardId] : [boardId, alsoBoardId]);
    const rows = await tx.$queryRaw<LockedArticle[]>`
      SELECT id, board_id, status::text AS status, version, title, body, author_id, pinned, published_at, scheduled_at, lead_image_id
      FROM articles WHERE id = ${id} FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new Abort(fail("notFound"));
    if (row.board_id === boardId) return { row, boards };
  }
  throw new Error(`article ${id} kept moving between boards`);
}

/**
 * Gives a just-published article its board_seq: the next number when it is the newest of its
 * board (the usual case: one row written), otherwise a renumbering of the board.
 */
async function placeInBoard(tx: Tx, articleId: number, boardId: number): Promise<void> {
  const appended = await tx.$executeRaw`
    UPDATE articles AS a
    SET board_seq = (SELECT COALESCE(MAX(b.board_seq), 0) + 1 FROM articles b WHERE b.board_id = a.board_id AND b.id <> a.id)
    WHERE a.id = ${articleId} AND a.status = 'PUBLISHED' AND NOT a.pinned
      AND NOT EXISTS (
        SELECT 1 FROM articles b
        WHERE b.board_id = a.board_id AND b.status = 'PUBLISHED' AND NOT b.pinned AND b.id <> a.id
          AND (b.published_at, b.id) > (a.published_at, a.id))`;
  if (appended !== 1) await renumberBoard(tx, boardId);
}

// ---------------------------------------------------------------------------------------------
// Content

type PreparedContent = {
  title: string;
  boardId: number;
  body: string;
  bodyText: string;
  excerpt: string;
  leadImageId: number | null;
  schedule?: { date: string; entries: ScheduleLine[] };
};

export function scheduleBodyHtml(entries: readonly ScheduleLine[]): string {
  return entries.map((entry) => `<p>${escapeHtml(formatScheduleLine(entry))}</p>`).join("");
}

const IMAGE_ID_RE = /<img\b[^>]*?\sdata-image-id="(\d{1,9})"/i;

/** The article's lead image (for link previews and lists): the first uploaded photo of the body. */
async function findLeadImageId(tx: Tx, body: string): Promise<number | null> {
  const id = Number(IMAGE_ID_RE.exec(body)?.[1] ?? 0);
  if (!id) return null;
  const image = await tx.image.findUnique({ where: { id }, select: { id: true } });
  return image?.id ?? null;
}

async function prepareContent(tx: Tx, input: ArticleContentInput): Promise<PreparedContent> {
  if (input.schedule) {
    const body = scheduleBodyHtml(input.schedule.entries);
    const bodyText = htmlToText(body);
    return {
      title: scheduleTitle(input.schedule.date, site.city),
      boardId: input.boardId,
      body,
      bodyText,
      excerpt: makeExcerpt(bodyText, 200),
      leadImageId: null,
      schedule: input.schedule,
    };
  }
  const body = sanitizeArticleHtml(input.body);
  const bodyText = htmlToText(body);
  return {
    title: input.title,
    boardId: input.boardId,
    body,
    bodyText,
    excerpt: makeExcerpt(bodyText, 200),
    leadImageId: await findLeadImageId(tx, body),
    schedule: undefined,
  };
}

async function scheduleDatesOf(tx: Tx, articleId: number): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ day: string }>>`
    SELECT DISTINCT to_char(date, 'YYYY-MM-DD') AS day FROM schedule_entries WHERE article_id = ${articleId}`;
  return rows.map((row) => row.day);
}

async function writeScheduleEntries(tx: Tx, articleId: number, schedule: { date: string; entries: ScheduleLine[] }): Promise<void> {
  await tx.scheduleEntry.deleteMany({ where: { articleId } });
  const date = new Date(`${schedule.date}T00:00:00.000Z`);
  await tx.scheduleEntry.createMany({
    data: schedule.entries.map((entry, index) => ({
      articleId,
      date,
      time: entry.time,
      event: entry.event,
      place: entry.place,
      attendees: entry.attendees,
      department: entry.department,
      host: entry.host,
      sortOrder: index,
    })),
  });
}

async function writeRevision(tx: Tx, articleId: number, version: number, content: { title: string; body: string; boardId: number }, editorId: number): Promise<void> {
  await tx.articleRevision.create({
    data: { articleId, version, title: content.title, body: content.body, boardId: content.boardId, editorId },
  });
}

async function requireBoard(tx: Tx, boardId: number): Promise<BoardRow> {
  const boards = await lockBoards(tx, [boardId]);
  const board = boards.get(boardId);
  if (!board) throw new Abort(fail("boardNotFound"));
  return board;
}

function outcomeOf(row: { id: number; status: ArticleStatus; version: number; publishedAt: Date | null; scheduledAt: Date | null }): ArticleOutcome {
  return { ok: true, id: row.id, status: row.status, version: row.version, publishedAt: row.publishedAt, scheduledAt: row.scheduledAt };
}

function checkIntent(actor: Actor, intent: SaveIntent, resource: ArticleResource, isSchedulePost: boolean): void {
  if (isSchedulePost) requirePermission(actor, "schedule.write", resource);
  if (intent === "publish") requirePermission(actor, "article.publish", resource);
  if (intent === "schedule") requirePermission(actor, "article.schedule", resource);
  if (intent === "submit") requirePermission(actor, "article.submit", resource);
}

// ---------------------------------------------------------------------------------------------
// Writes

export type CreateOptions = { intent?: SaveIntent; scheduledAt?: Date | null };

/** A new article (version 1, revision 1), saved as a draft, submitted, published or scheduled. */
export async function createArticle(actor: Actor, input: ArticleContentInput, options: CreateOptions = {}): Promise<Result> {
  const intent = options.intent ?? "save";
  return run(async (tx) => {
    requirePermission(actor, "article.create");
    const board = await requireBoard(tx, input.boardId);
    const isSchedulePost = input.schedule !== undefined;
    if (board.kind === "SCHEDULE" && !isSchedulePost) throw new Abort(fail("invalidTransition"));
    checkIntent(actor, intent, { authorId: actor.id, status: "DRAFT" }, isSchedulePost);
    const content = await prepareContent(tx, input);
    const now = new Date();
    const status: ArticleStatus = intent === "publish" ? "PUBLISHED" : intent === "schedule" ? "SCHEDULED" : "DRAFT";
    if (intent === "schedule" && !options.scheduledAt) throw new Abort(fail("invalidTransition"));
    const article = await tx.article.create({
      data: {
        boardId: content.boardId,
        title: content.title,
        body: content.body,
        bodyText: content.bodyText,
        excerpt: content.excerpt,
        leadImageId: content.leadImageId,
        status,
        authorId: actor.id,
        authorName: actor.displayName,
        version: 1,
        publishedAt: status === "PUBLISHED" ? now : null,
        scheduledAt: status === "SCHEDULED" ? (options.scheduledAt ?? null) : null,
        editedAt: now,
      },
    });
    await writeRevision(tx, article.id, 1, content, actor.id);
    if (content.schedule) await writeScheduleEntries(tx, article.id, content.schedule);
    if (status === "PUBLISHED") {
      await placeInBoard(tx, article.id, board.id);
      await recordAudit(tx, { actorId: actor.id, action: "article.publish", targetType: "article", targetId: article.id, detail: { title: content.title } });
    } else if (status === "SCHEDULED") {
      await recordAudit(tx, { actorId: actor.id, action: "article.schedule", targetType: "article", targetId: article.id, detail: { at: article.scheduledAt?.toISOString() ?? null } });
    } else if (intent === "submit") {
      await recordAudit(tx, { actorId: actor.id, action: "article.submit", targetType: "article", targetId: article.id });
    }
    return {
      change: status === "PUBLISHED" ? { id: article.id, boardSlug: board.slug, scheduleDates: content.schedule ? [content.schedule.date] : undefined, authorId: actor.id } : null,
      outcome: outcomeOf(article),
      wakeScheduler: status === "SCHEDULED",
    };
  });
}

export type SaveOptions = CreateOptions & {
  /** The version the form was loaded from: a different current version is a conflict. */
  baseVersion: number;
};

/**
 * Saves the form over an existing article (optimistic locking on `baseVersion`) and applies the
 * intent. A stale base whose text differs from the current one returns a conflict carrying both
 * texts and a diff; my text is kept as a DRAFT copy, and nothing in the article changes.
 */
export async function saveArticle(actor: Actor, id: number, input: ArticleContentInput, options: SaveOptions): Promise<Result> {
  const intent = options.intent ?? "save";
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id, input.boardId);
    if (row.status === "DELETED") throw new Abort(fail("invalidTransition"));
    requireEdit(actor, row);
    const oldBoard = boards.get(row.board_id);
    const newBoard = boards.get(input.boardId);
    if (!oldBoard) throw new Abort(fail("notFound"));
    if (!newBoard) throw new Abort(fail("boardNotFound"));
    const isSchedulePost = input.schedule !== undefined;
    if (newBoard.kind === "SCHEDULE" && !isSchedulePost) throw new Abort(fail("invalidTransition"));
    checkIntent(actor, intent, resourceOf(row), isSchedulePost);
    if (intent === "publish" && !["DRAFT", "SCHEDULED", "UNPUBLISHED", "PUBLISHED"].includes(row.status)) throw new Abort(fail("invalidTransition"));
    if (intent === "schedule" && !["DRAFT", "SCHEDULED", "UNPUBLISHED"].includes(row.status)) throw new Abort(fail("invalidTransition"));
    if (intent === "schedule" && !options.scheduledAt) throw new Abort(fail("invalidTransition"));
    if (intent === "submit" && row.status !== "DRAFT") throw new Abort(fail("invalidTransition"));

    const content = await prepareContent(tx, input);
    const contentChanged = content.title !== row.title || content.body !== row.body || content.boardId !== row.board_id;

    if (row.version !== options.baseVersion && contentChanged) {
      return { failure: await recordConflict(tx, actor, row, content, options.baseVersion) };
    }

    const previousDates = isSchedulePost ? await scheduleDatesOf(tx, id) : [];
    const now = new Date();
    const wasPublished = row.status === "PUBLISHED";
    let status = row.status;
    let publishedAt = row.published_at;
    let scheduledAt = row.scheduled_at;
    if (intent === "publish") {
      status = "PUBLISHED";
      publishedAt = row.published_at ?? now;
      scheduledAt = null;
    } else if (intent === "schedule") {
      status = "SCHEDULED";
      scheduledAt = options.scheduledAt ?? null;
    }
    const version = contentChanged ? row.version + 1 : row.version;
    const updated = await tx.article.update({
      where: { id },
      data: {
        ...(contentChanged
          ? { title: content.title, body: content.body, bodyText: content.bodyText, excerpt: content.excerpt, boardId: content.boardId, leadImageId: content.leadImageId, editedAt: now, version }
          : {}),
        status,
        publishedAt,
        scheduledAt,
        // A move or a status change re-derives board_seq below.
        ...(contentChanged && content.boardId !== row.board_id ? { boardSeq: null } : {}),
      },
    });
    if (contentChanged) await writeRevision(tx, id, version, content, actor.id);
    if (content.schedule) await writeScheduleEntries(tx, id, content.schedule);

    const moved = content.boardId !== row.board_id;
    if (moved) {
      await renumberBoard(tx, row.board_id);
      if (status === "PUBLISHED") await placeInBoard(tx, id, content.boardId);
    } else if (status === "PUBLISHED" && !wasPublished) {
      await placeInBoard(tx, id, content.boardId);
    } else if (wasPublished && status !== "PUBLISHED") {
      await renumberBoard(tx, row.board_id);
    }

    if (status === "PUBLISHED" && !wasPublished) {
      await recordAudit(tx, { actorId: actor.id, action: "article.publish", targetType: "article", targetId: id, detail: { title: content.title, version } });
    } else if (intent === "schedule") {
      await recordAudit(tx, { actorId: actor.id, action: "article.schedule", targetType: "article", targetId: id, detail: { at: scheduledAt?.toISOString() ?? null } });
    } else if (intent === "submit") {
      await recordAudit(tx, { actorId: actor.id, action: "article.submit", targetType: "article", targetId: id });
    }

    const visible = wasPublished || status === "PUBLISHED";
    const dates = [...new Set([...previousDates, ...(content.schedule ? [content.schedule.date] : [])])];
    return {
      change: visible && (contentChanged || status !== row.status)
        ? { id, boardSlug: newBoard.slug, previousBoardSlug: moved ? oldBoard.slug : undefined, scheduleDates: dates.length ? dates : undefined, authorId: row.author_id }
        : null,
      outcome: outcomeOf(updated),
      wakeScheduler: status === "SCHEDULED",
    };
  });
}

async function recordConflict(tx: Tx, actor: Actor, row: LockedArticle, mine: PreparedContent, baseVersion: number): Promise<Failure> {
  const latest = await tx.articleRevision.findUnique({
    where: { articleId_version: { articleId: row.id, version: row.version } },
    select: { createdAt: true, editor: { select: { displayName: true } } },
  });
  const snapshot = await tx.article.create({
    data: {
      boardId: mine.schedule ? row.board_id : mine.boardId,
      title: editor.conflict.snapshotTitle(mine.title).slice(0, 300),
      body: mine.body,
      bodyText: mine.bodyText,
      excerpt: mine.excerpt,
      status: "DRAFT",
      authorId: actor.id,
      authorName: actor.displayName,
      version: 1,
    },
  });
  await writeRevision(tx, snapshot.id, 1, mine, actor.id);
  if (mine.schedule) await writeScheduleEntries(tx, snapshot.id, mine.schedule);
  const theirsText = `${row.title}\n${htmlToText(row.body)}`;
  const mineText = `${mine.title}\n${mine.bodyText}`;
  return {
    ok: false,
    reason: "conflict",
    message: editor.conflict.title,
    conflict: {
      baseVersion,
      currentVersion: row.version,
      theirs: { title: row.title, body: row.body, editorName: latest?.editor?.displayName ?? null, savedAt: latest?.createdAt ?? new Date() },
      mine: { title: mine.title, body: mine.body },
      titleChanged: row.title !== mine.title,
      diff: diffLines(theirsText, mineText),
      snapshotId: snapshot.id,
    },
  };
}

/** Publish now (status only). `publishedAt` backdates, e.g. for imports. */
export async function publishArticle(actor: Actor, id: number, options: { publishedAt?: Date } = {}): Promise<Result> {
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id);
    requirePermission(actor, "article.publish", resourceOf(row));
    if (!["DRAFT", "SCHEDULED", "UNPUBLISHED"].includes(row.status)) throw new Abort(fail("invalidTransition"));
    const board = boards.get(row.board_id);
    if (!board) throw new Abort(fail("notFound"));
    const updated = await tx.article.update({
      where: { id },
      data: { status: "PUBLISHED", publishedAt: options.publishedAt ?? row.published_at ?? new Date(), scheduledAt: null },
    });
    await placeInBoard(tx, id, row.board_id);
    await recordAudit(tx, { actorId: actor.id, action: "article.publish", targetType: "article", targetId: id, detail: { title: row.title } });
    return { change: { id, boardSlug: board.slug, scheduleDates: await optionalDates(tx, id, board), authorId: row.author_id }, outcome: outcomeOf(updated) };
  });
}

async function optionalDates(tx: Tx, id: number, board: BoardRow): Promise<string[] | undefined> {
  if (board.kind !== "SCHEDULE") return undefined;
  const dates = await scheduleDatesOf(tx, id);
  return dates.length ? dates : undefined;
}

/** Schedule for later (status only); the scheduler publishes it at `at`. */
export async function scheduleArticle(actor: Actor, id: number, at: Date): Promise<Result> {
  return run(async (tx) => {
    const { row } = await lockArticle(tx, id);
    requirePermission(actor, "article.schedule", resourceOf(row));
    if (!["DRAFT", "SCHEDULED", "UNPUBLISHED"].includes(row.status)) throw new Abort(fail("invalidTransition"));
    const updated = await tx.article.update({ where: { id }, data: { status: "SCHEDULED", scheduledAt: at } });
    await recordAudit(tx, { actorId: actor.id, action: "article.schedule", targetType: "article", targetId: id, detail: { at: at.toISOString() } });
    return { change: null, outcome: outcomeOf(updated), wakeScheduler: true };
  });
}

/** Takes a published article off the site (its URL then 404s), or cancels a schedule. */
export async function unpublishArticle(actor: Actor, id: number): Promise<Result> {
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id);
    requirePermission(actor, "article.unpublish", resourceOf(row));
    if (row.status !== "PUBLISHED" && row.status !== "SCHEDULED") throw new Abort(fail("invalidTransition"));
    const board = boards.get(row.board_id);
    if (!board) throw new Abort(fail("notFound"));
    const next: ArticleStatus = row.status === "PUBLISHED" ? "UNPUBLISHED" : "DRAFT";
    const updated = await tx.article.update({ where: { id }, data: { status: next, scheduledAt: null, boardSeq: null } });
    if (row.status === "PUBLISHED") await renumberBoard(tx, row.board_id);
    await recordAudit(tx, { actorId: actor.id, action: "article.unpublish", targetType: "article", targetId: id, detail: { from: row.status } });
    return {
      change: row.status === "PUBLISHED" ? { id, boardSlug: board.slug, scheduleDates: await optionalDates(tx, id, board), authorId: row.author_id } : null,
      outcome: outcomeOf(updated),
    };
  });
}

/** Deletes (soft): status DELETED, a tombstone so `/article/{id}` answers 410. */
export async function deleteArticle(actor: Actor, id: number): Promise<Result> {
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id);
    requirePermission(actor, "article.delete", resourceOf(row));
    if (row.status === "DELETED") throw new Abort(fail("invalidTransition"));
    const board = boards.get(row.board_id);
    if (!board) throw new Abort(fail("notFound"));
    const updated = await tx.article.update({
      where: { id },
      data: { status: "DELETED", deletedAt: new Date(), scheduledAt: null, boardSeq: null },
    });
    if (row.status === "PUBLISHED") await renumberBoard(tx, row.board_id);
    await recordArticleTombstone(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: "article.delete", targetType: "article", targetId: id, detail: { from: row.status, title: row.title } });
    return {
      change: row.status === "PUBLISHED" ? { id, boardSlug: board.slug, scheduleDates: await optionalDates(tx, id, board), authorId: row.author_id } : { id, boardSlug: board.slug },
      outcome: outcomeOf(updated),
      notify: row.status === "PUBLISHED",
    };
  });
}

/** Undoes a delete: the article comes back as a draft and its URL stops answering 410. */
export async function restoreDeletedArticle(actor: Actor, id: number): Promise<Result> {
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id);
    requirePermission(actor, "article.delete", resourceOf(row));
    if (row.status !== "DELETED") throw new Abort(fail("invalidTransition"));
    const board = boards.get(row.board_id);
    if (!board) throw new Abort(fail("notFound"));
    const updated = await tx.article.update({ where: { id }, data: { status: "DRAFT", deletedAt: null } });
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
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id, revision.boardId);
    requirePermission(actor, "article.restoreRevision", resourceOf(row));
    if (row.status === "DELETED") throw new Abort(fail("invalidTransition"));
    if (row.version !== baseVersion) {
      const failure: Failure = {
        ok: false,
        reason: "conflict",
        message: editor.conflict.title,
        conflict: {
          baseVersion,
          currentVersion: row.version,
          theirs: { title: row.title, body: row.body, editorName: null, savedAt: new Date() },
          mine: { title: revision.title, body: revision.body },
          titleChanged: row.title !== revision.title,
          diff: diffLines(`${row.title}\n${htmlToText(row.body)}`, `${revision.title}\n${htmlToText(revision.body)}`),
          snapshotId: 0,
        },
      };
      return { failure };
    }
    const oldBoard = boards.get(row.board_id);
    const newBoard = boards.get(revision.boardId) ?? oldBoard;
    if (!oldBoard || !newBoard) throw new Abort(fail("boardNotFound"));
    const bodyText = htmlToText(revision.body);
    const version = row.version + 1;
    const moved = newBoard.id !== row.board_id;
    const updated = await tx.article.update({
      where: { id },
      data: {
        title: revision.title,
        body: revision.body,
        bodyText,
        excerpt: makeExcerpt(bodyText, 200),
        boardId: newBoard.id,
        leadImageId: await findLeadImageId(tx, revision.body),
        editedAt: new Date(),
        version,
        ...(moved ? { boardSeq: null } : {}),
      },
    });
    await writeRevision(tx, id, version, { title: revision.title, body: revision.body, boardId: newBoard.id }, actor.id);
    if (moved) {
      await renumberBoard(tx, row.board_id);
      if (row.status === "PUBLISHED") await placeInBoard(tx, id, newBoard.id);
    }
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
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id);
    requirePermission(actor, "article.correct", resourceOf(row));
    if (row.status !== "PUBLISHED") throw new Abort(fail("invalidTransition"));
    const board = boards.get(row.board_id);
    if (!board) throw new Abort(fail("notFound"));
    const now = new Date();
    await tx.articleCorrection.create({ data: { articleId: id, kind: input.kind, text: input.text, editorId: actor.id, createdAt: now } });
    const updated = await tx.article.update({ where: { id }, data: { editedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "article.correction", targetType: "article", targetId: id, detail: { kind: input.kind, text: input.text } });
    return { change: { id, boardSlug: board.slug, scheduleDates: await optionalDates(tx, id, board), authorId: row.author_id }, outcome: outcomeOf(updated) };
  });
}

/**
 * The editor's own related articles (관련기사), in order; an empty list goes back to the automatic
 * choice. Each must be a published article other than this one.
 */
export async function setRelatedPicks(actor: Actor, id: number, relatedIds: number[]): Promise<Result> {
  return run(async (tx) => {
    const { row, boards } = await lockArticle(tx, id);
    if (row.status === "DELETED") throw new Abort(fail("invalidTransition"));
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
    const board = boards.get(row.board_id);
    return {
      // Only the article's own page shows its picks; its content is unchanged for search engines.
      change: row.status === "PUBLISHED" && board ? { id, boardSlug: board.slug, authorId: row.author_id } : null,
      notify: false,
      outcome: outcomeOf({ id, status: row.status, version: row.version, publishedAt: row.published_at, scheduledAt: row.scheduled_at }),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Scheduler

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
        const changed = await tx.$executeRaw`
          UPDATE articles SET status = 'PUBLISHED', published_at = scheduled_at, scheduled_at = NULL, updated_at = now()
          WHERE id = ${article.id} AND status = 'SCHEDULED'`;
        if (changed !== 1) continue;
        await placeInBoard(tx, article.id, article.board_id);
        await recordAudit(tx, { actorId: null, action: "article.publish", targetType: "article", targetId: article.id, detail: { title: article.title, scheduledAt: article.scheduled_at.toISOString() } });
        const board = boards.get(article.board_id);
        if (!board) continue;
        published.push({ id: article.id, boardSlug: board.slug, scheduleDates: await optionalDates(tx, article.id, board), authorId: article.author_id });
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

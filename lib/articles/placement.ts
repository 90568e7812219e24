import "server-only";
import { renumberBoard } from "@/lib/articles/board-seq";
import { Abort, fail, type Tx } from "@/lib/articles/transaction";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

// Where an article sits: the locks every write takes (board(s) first, then the article, so the
// board_seq renumbering, which touches other articles of the board, can never deadlock with
// another writer, and two publishers of one board serialize), and its place in the board's
// board_seq order (lib/articles/board-seq.ts states the invariant).

export type BoardRow = { id: number; slug: string; kind: "NEWS" | "SCHEDULE" | "NOTICE" };

export type LockedArticle = {
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

export async function lockBoards(tx: Tx, ids: number[]): Promise<Map<number, BoardRow>> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  // NO KEY UPDATE: exclusive among publishers, yet it doesn't block inserts whose foreign key
  // check takes KEY SHARE on the board row.
  const rows = await tx.$queryRaw<BoardRow[]>`
    SELECT id, slug, kind::text AS kind FROM boards WHERE id = ANY(${unique}::int[]) ORDER BY id FOR NO KEY UPDATE`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** Locks one board, which must exist. */
export async function requireBoard(tx: Tx, boardId: number): Promise<BoardRow> {
  const board = (await lockBoards(tx, [boardId])).get(boardId);
  if (!board) throw new Abort(fail("boardNotFound"));
  return board;
}

export type LockedWithBoards = { row: LockedArticle; board: BoardRow; boards: Map<number, BoardRow> };

/**
 * Locks the article's board (and `alsoBoardId`, e.g. a move target) and then the article.
 * The board id is read unlocked first; if a concurrent move changed it meanwhile, retry.
 */
export async function lockArticle(tx: Tx, id: number, alsoBoardId?: number): Promise<LockedWithBoards> {
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
    const board = boards.get(boardId);
    if (!board) throw new Abort(fail("notFound"));
    if (row.board_id === boardId) return { row, board, boards };
  }
  throw new Error(`article ${id} kept moving between boards`);
}

/**
 * Gives a just-published article its board_seq: the next number when it is the newest of its
 * board (the usual case: one row written), otherwise a renumbering of the board.
 */
export async function placeInBoard(tx: Tx, articleId: number, boardId: number): Promise<void> {
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

export type Move = { id: number; fromBoard: number; toBoard: number; was: ArticleStatus; now: ArticleStatus };

/**
 * Keeps board_seq right after a write that may have moved the article to another board or
 * changed whether it is published (the caller has set board_seq NULL when it left a board).
 */
export async function settlePlacement(tx: Tx, { id, fromBoard, toBoard, was, now }: Move): Promise<void> {
  const wasPublished = was === "PUBLISHED";
  const isPublished = now === "PUBLISHED";
  if (fromBoard !== toBoard) {
    await renumberBoard(tx, fromBoard);
    if (isPublished) await placeInBoard(tx, id, toBoard);
  } else if (isPublished && !wasPublished) {
    await placeInBoard(tx, id, toBoard);
  } else if (wasPublished && !isPublished) {
    await renumberBoard(tx, fromBoard);
  }
}

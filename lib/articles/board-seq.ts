// boardSeq invariant: in every board, the PUBLISHED and not pinned articles carry
// board_seq = 1..N, dense, in (published_at, id) ascending order (1 = oldest); every other
// article has board_seq NULL. Listing page N is then a range of board_seq, so a deep page costs
// the same as page 1. Anything that publishes, unpublishes, deletes, pins, moves an article to
// another board or changes its published_at must call renumberBoard in the same transaction.

/** A node-postgres Pool/Client/PoolClient: anything with `query(text, values)`. */
export type PgQueryable = {
  query(text: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
};

/** A PrismaClient or an interactive-transaction client (`tx` of `$transaction(async (tx) => …)`). */
export type PrismaRawExecutor = {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

export type SqlExecutor = PgQueryable | PrismaRawExecutor;

// Only rows whose number actually changes are written, so renumbering after one publish
// touches the new article (and nothing else when it is the newest, the usual case).
const RENUMBER_SQL = `
UPDATE articles AS a
SET board_seq = s.seq
FROM (
  SELECT id,
         CASE WHEN status = 'PUBLISHED' AND NOT pinned
              THEN row_number() OVER (
                     PARTITION BY board_id, (status = 'PUBLISHED' AND NOT pinned)
                     ORDER BY published_at, id)
         END AS seq
  FROM articles
  WHERE $1::int IS NULL OR board_id = $1::int
) AS s
WHERE a.id = s.id AND a.board_seq IS DISTINCT FROM s.seq`;

/**
 * Re-establishes the boardSeq invariant for one board (or all boards when `boardId` is
 * omitted) and returns the number of rows it changed. Works with a pg Pool/Client or with
 * Prisma (`prisma` or a transaction's `tx`). Serialize concurrent publishers of a board (e.g.
 * `SELECT … FROM boards WHERE id = $1 FOR UPDATE` first) so two renumberings don't interleave.
 */
export async function renumberBoard(db: SqlExecutor, boardId?: number | null): Promise<number> {
  const id = boardId ?? null;
  if ("$executeRawUnsafe" in db) return db.$executeRawUnsafe(RENUMBER_SQL, id);
  const result = await db.query(RENUMBER_SQL, [id]);
  return result.rowCount ?? 0;
}

import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";

// 관련기사: the editor's picks first, then articles of the same board with a similar title.
//
// Why not the trigram index: `title % $1` over the gin_trgm_ops index has to visit every title
// sharing a common trigram — at a million articles one ordinary title matched 17,787 rows and took
// ~520 ms (titles of a local newsroom share words like the city's name). Related stories are
// also close in time, so candidates are the board's nearest published articles on either side
// (two short walks of the (board_id, status, published_at) index) ranked by pg_trgm's
// similarity(): a few milliseconds whatever the table's size, and the same answer on every
// render (ties go to the newer article).

export const RELATED_LIMIT = 5;
/** Candidates on each side of the article in its board's publish order. */
export const RELATED_WINDOW = 100;
/** Below this pg_trgm similarity two titles share little more than the city's name. */
export const RELATED_MIN_SIMILARITY = 0.2;

export type RelatedArticle = { id: number; title: string; publishedAt: Date; picked: boolean };
export type RelatedSource = { id: number; boardId: number; boardSlug: string; title: string; publishedAt: Date };

type Row = { id: number; title: string; published_at: Date };

async function loadPicks(id: number): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    SELECT a.id, a.title, a.published_at
      FROM article_related_picks p JOIN articles a ON a.id = p.related_id
     WHERE p.article_id = ${id} AND a.status = 'PUBLISHED' AND a.id <> ${id}
     ORDER BY p.position`;
}

/** Same board, nearest in time, most similar title first; never `source` itself nor `exclude`. */
export async function findSimilarInBoard(source: RelatedSource, exclude: number[], limit: number): Promise<Row[]> {
  if (limit <= 0) return [];
  return prisma.$queryRaw<Row[]>`
    WITH candidates AS (
      (SELECT id, title, published_at FROM articles
        WHERE board_id = ${source.boardId} AND status = 'PUBLISHED' AND (published_at, id) < (${source.publishedAt}, ${source.id})
        ORDER BY published_at DESC, id DESC LIMIT ${RELATED_WINDOW})
      UNION ALL
      (SELECT id, title, published_at FROM articles
        WHERE board_id = ${source.boardId} AND status = 'PUBLISHED' AND (published_at, id) > (${source.publishedAt}, ${source.id})
        ORDER BY published_at, id LIMIT ${RELATED_WINDOW}))
    SELECT id, title, published_at
      FROM (SELECT c.*, similarity(c.title, ${source.title}) AS score FROM candidates c) s
     WHERE score >= ${RELATED_MIN_SIMILARITY} AND id <> ALL(${exclude}::int[])
     ORDER BY score DESC, published_at DESC, id DESC
     LIMIT ${limit}`;
}

/** The uncached read (scripts/explain-features.ts measures it). */
export async function loadRelated(id: number, boardId: number, boardSlug: string, title: string, publishedAt: Date): Promise<RelatedArticle[]> {
  const picks = (await loadPicks(id)).slice(0, RELATED_LIMIT);
  const similar = await findSimilarInBoard({ id, boardId, boardSlug, title, publishedAt }, [id, ...picks.map((p) => p.id)], RELATED_LIMIT - picks.length);
  return [...picks.map((row) => ({ row, picked: true })), ...similar.map((row) => ({ row, picked: false }))].map(({ row, picked }) => ({
    id: row.id,
    title: row.title,
    publishedAt: row.published_at,
    picked,
  }));
}

/**
 * Up to five related articles. Cached under the article's tag (its picks and title) and its
 * board's (any publish, edit or removal there); a picked article's own change expires the
 * articles that pick it (lib/articles/service.ts).
 */
export async function listRelatedArticles(source: RelatedSource): Promise<RelatedArticle[]> {
  const load = cachedQuery(loadRelated, ["reader:related"], { tags: [tags.article(source.id), tags.board(source.boardSlug)] });
  return load(source.id, source.boardId, source.boardSlug, source.title, source.publishedAt);
}

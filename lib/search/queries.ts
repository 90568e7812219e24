import "server-only";
import { prisma } from "@/lib/db";
import { COUNT_CAP, containsPattern } from "@/lib/search/query";

export type SearchHit = {
  id: number;
  title: string;
  excerpt: string;
  publishedAt: Date;
  boardSlug: string;
  boardName: string;
};

export type SearchResult = { hits: SearchHit[]; count: number; capped: boolean };

type HitRow = { id: number; title: string; excerpt: string; published_at: Date; board_slug: string; board_name: string };

// Not cached: the key space is whatever people type, and one query is a trigram index lookup.
// ILIKE '%…%' on title and body_text is served by the gin_trgm_ops indexes (pg_trgm splits
// Hangul into trigrams under the C.UTF-8 ctype), so `공공의대` finds `공공의대법`.
const WHERE = `a.status = 'PUBLISHED' AND (a.title ILIKE $1 OR a.body_text ILIKE $1) AND ($2::int IS NULL OR a.board_id = $2::int)`;

const HITS_SQL = `
SELECT a.id, a.title, a.excerpt, a.published_at, b.slug AS board_slug, b.name AS board_name
  FROM articles a JOIN boards b ON b.id = a.board_id
 WHERE ${WHERE}
 ORDER BY a.published_at DESC, a.id DESC
 LIMIT $3 OFFSET $4`;

// Counting stops at COUNT_CAP + 1 rows: the page says "1,000건 이상" instead of counting a
// hundred thousand matches of a common word.
const COUNT_SQL = `SELECT count(*)::int AS n FROM (SELECT 1 FROM articles a WHERE ${WHERE} LIMIT ${COUNT_CAP + 1}) s`;

/** Published articles whose title or body contains `q`, newest first; optionally in one board. */
export async function searchArticles(q: string, opts: { boardId?: number; page: number; pageSize: number }): Promise<SearchResult> {
  const pattern = containsPattern(q);
  const boardId = opts.boardId ?? null;
  const offset = (opts.page - 1) * opts.pageSize;
  const [rows, counted] = await Promise.all([
    prisma.$queryRawUnsafe<HitRow[]>(HITS_SQL, pattern, boardId, opts.pageSize, offset),
    prisma.$queryRawUnsafe<{ n: number }[]>(COUNT_SQL, pattern, boardId),
  ]);
  const n = counted[0]?.n ?? 0;
  return {
    hits: rows.map((row) => ({
      id: row.id,
      title: row.title,
      excerpt: row.excerpt,
      publishedAt: row.published_at,
      boardSlug: row.board_slug,
      boardName: row.board_name,
    })),
    count: Math.min(n, COUNT_CAP),
    capped: n > COUNT_CAP,
  };
}

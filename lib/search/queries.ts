import "server-only";
import type { ArticleSummary } from "@/lib/articles/queries";
import { prisma } from "@/lib/db";
import { createLimiter } from "@/lib/search/limit";
import { containsPattern, countCap, hasIndexableText, isShortQuery, likeOperator } from "@/lib/search/terms";
import { env } from "@/lib/env";

/** A search result: the same summary a board or reporter list shows. */
export type SearchHit = ArticleSummary;

/** `timedOut`: the statement timeout stopped it; `busy`: too many searches at once, none was run. */
export type SearchResult = { hits: SearchHit[]; count: number; capped: boolean; cap: number; timedOut?: boolean; busy?: boolean };

type HitRow = { id: number; title: string; excerpt: string; published_at: Date; board_slug: string; board_name: string };

// Not cached: the key space is whatever people type, and one query is a trigram index lookup.
// `%…%` patterns on title and body_text are served by the gin_trgm_ops indexes (pg_trgm splits
// Hangul into trigrams under the C.UTF-8 ctype), so `공공의대` finds `공공의대법`.
type Op = "LIKE" | "ILIKE";

// $1 = the `%…%` pattern, $2 = board id or NULL, $3 = the raw query (two-character queries).
function whereSql(op: Op, short: boolean): string {
  const match = short
    ? `(($3 <% a.title AND a.title ${op} $1) OR ($3 <% a.body_text AND a.body_text ${op} $1))`
    : `(a.title ${op} $1 OR a.body_text ${op} $1)`;
  // `board_id + 0`: filter the trigram matches by board rather than intersect them with the
  // board's whole index range (hundreds of thousands of rows in a big board).
  return `a.status = 'PUBLISHED' AND ${match} AND ($2::int IS NULL OR a.board_id + 0 = $2::int)`;
}

const hitsSql = (op: Op, short: boolean) => {
  const next = short ? 4 : 3;
  return `
SELECT a.id, a.title, a.excerpt, a.published_at, b.slug AS board_slug, b.name AS board_name
  FROM articles a JOIN boards b ON b.id = a.board_id
 WHERE ${whereSql(op, short)}
 ORDER BY a.published_at DESC, a.id DESC
 LIMIT $${next} OFFSET $${next + 1}`;
};

// Counting stops at the cap + 1 rows: the page says "1,000건 이상" instead of counting a
// hundred thousand matches of a common word.
const countSql = (op: Op, short: boolean, cap: number) =>
  `SELECT count(*)::int AS n FROM (SELECT 1 FROM articles a WHERE ${whereSql(op, short)} LIMIT ${cap + 1}) s`;

// A guard, not a target: if the planner ever misjudges a pattern into a long scan, the reader
// gets a "try a more specific word" message instead of a request that hangs the pool.


// Two searches per process at a time (one connection each, of DATABASE_POOL_SIZE), eight more
// may wait up to two seconds; see lib/search/limit.ts.
const { SEARCH_CONCURRENCY, SEARCH_QUEUE, SEARCH_QUEUE_WAIT_MS } = env();
const limiter = createLimiter(SEARCH_CONCURRENCY, SEARCH_QUEUE, SEARCH_QUEUE_WAIT_MS);

/** The page's rows and the capped count, in one transaction: one connection per search. */
async function queryWithTimeout(hits: { sql: string; values: unknown[] }, count: { sql: string; values: unknown[] }): Promise<[HitRow[], { n: number }[]]> {
  const [, , rows, counted] = await prisma.$transaction([
    prisma.$executeRawUnsafe(`SET LOCAL statement_timeout = ${env().SEARCH_TIMEOUT_MS}`),
    // pg_trgm's default, pinned: two-character queries rely on it meaning "a word starts here".
    prisma.$executeRawUnsafe("SET LOCAL pg_trgm.word_similarity_threshold = 0.6"),
    prisma.$queryRawUnsafe<HitRow[]>(hits.sql, ...hits.values),
    prisma.$queryRawUnsafe<{ n: number }[]>(count.sql, ...count.values),
  ]);
  return [rows, counted];
}

/** The pool had no connection for us in time (Prisma's P2028 or the driver's own timeout). */
function isPoolExhausted(error: unknown): boolean {
  const text = error instanceof Error ? `${(error as { code?: string }).code ?? ""} ${error.message}` : String(error);
  return text.includes("P2028") || /timed? ?out (?:fetching|acquiring|waiting for) a (?:new )?connection|Unable to start a transaction/i.test(text);
}

/** PostgreSQL's query_canceled (57014), however the driver adapter wraps it. */
export function isStatementTimeout(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? "")}` : String(error);
  return text.includes("57014") || text.includes("statement timeout");
}

/** Published articles whose title or body contains `q`, newest first; optionally in one board. */
export async function searchArticles(q: string, opts: { boardId?: number; page: number; pageSize: number }): Promise<SearchResult> {
  const pattern = containsPattern(q);
  const op = likeOperator(q);
  const short = isShortQuery(q);
  const cap = countCap(q);
  const boardId = opts.boardId ?? null;
  const offset = (opts.page - 1) * opts.pageSize;
  if (!hasIndexableText(q)) return { hits: [], count: 0, capped: false, cap };
  try {
    const match = short ? [pattern, boardId, q] : [pattern, boardId];
    const answered = await limiter.run(() =>
      queryWithTimeout({ sql: hitsSql(op, short), values: [...match, opts.pageSize, offset] }, { sql: countSql(op, short, cap), values: match }),
    );
    if (!answered) return { hits: [], count: 0, capped: false, cap, busy: true };
    const [rows, counted] = answered;
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
      count: Math.min(n, cap),
      capped: n > cap,
      cap,
    };
  } catch (error) {
    if (isPoolExhausted(error)) return { hits: [], count: 0, capped: false, cap, busy: true };
    if (!isStatementTimeout(error)) throw error;
    return { hits: [], count: 0, capped: false, cap, timedOut: true };
  }
}

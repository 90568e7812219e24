import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { LIFETIMES } from "@/lib/cache/lifetimes.mjs";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { ARTICLES_PER_SITEMAP, chunkIdRange } from "./xml";

// Cached reads behind the sitemaps, tagged `sitemap` so a publish shows up at once.

export type ChunkRef = { chunk: number; lastmod: Date };

async function groupChunks(fromId: number): Promise<ChunkRef[]> {
  const rows = await prisma.$queryRaw<Array<{ chunk: number; lastmod: Date }>>`
    SELECT ((id - 1) / ${ARTICLES_PER_SITEMAP}::int + 1)::int AS chunk, max(edited_at) AS lastmod
      FROM articles WHERE status = 'PUBLISHED' AND id >= ${fromId}
     GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => ({ chunk: row.chunk, lastmod: row.lastmod }));
}

// The whole-table pass takes seconds at a million articles, so readers never wait for it: the
// worker recomputes every range's newest edit into `sitemap_chunks` every few minutes
// (refreshSitemapChunks), while the newest ranges, where publishing happens, are re-read per
// publish by a primary-key range scan.
const FRESH_TAIL_CHUNKS = 2;

const storedChunks = cachedQuery(
  async (): Promise<ChunkRef[]> => {
    const rows = await prisma.sitemapChunk.findMany({ orderBy: { chunk: "asc" }, select: { chunk: true, lastmod: true } });
    // Before the worker's first pass (a fresh install), compute them here once.
    if (rows.length === 0) return groupChunks(0);
    return rows.map((row) => ({ chunk: row.chunk, lastmod: row.lastmod }));
  },
  ["sitemaps:chunks:stored"],
  { tags: [tags.sitemapChunks] },
);

const tailChunks = cachedQuery((fromId: number) => groupChunks(fromId), ["sitemaps:chunks:tail"], { tags: [tags.sitemap] });

const newestId = cachedQuery(
  async (): Promise<number> => (await prisma.article.aggregate({ _max: { id: true } }))._max.id ?? 0,
  ["sitemaps:newest-id"],
  { tags: [tags.sitemap] },
);

/**
 * Article sitemaps are fixed id ranges (ids never move between files), one entry per range that
 * has published articles, with the newest edit in it. Older ranges' lastmod may lag an edit by
 * up to the worker's refresh interval; the range files themselves are always current.
 */
export async function listArticleChunks(): Promise<ChunkRef[]> {
  const newest = await newestId();
  const tailFrom = Math.max(0, Math.floor((newest - 1) / ARTICLES_PER_SITEMAP) + 1 - FRESH_TAIL_CHUNKS) * ARTICLES_PER_SITEMAP + 1;
  const [stored, tail] = await Promise.all([storedChunks(), tailChunks(tailFrom)]);
  const firstTail = Math.floor((tailFrom - 1) / ARTICLES_PER_SITEMAP) + 1;
  return [...stored.filter((ref) => ref.chunk < firstTail), ...tail];
}

/**
 * The worker's whole-table pass: every range's newest edit, written to `sitemap_chunks`.
 * Returns whether anything changed (then the caller expires the `sitemap-chunks` tag).
 */
export async function refreshSitemapChunks(): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<{ chunk: number; lastmod: Date; articles: number }>>`
    SELECT ((id - 1) / ${ARTICLES_PER_SITEMAP}::int + 1)::int AS chunk, max(edited_at) AS lastmod, count(*)::int AS articles
      FROM articles WHERE status = 'PUBLISHED'
     GROUP BY 1 ORDER BY 1`;
  return prisma.$transaction(async (tx) => {
    // Two workers refreshing at once take turns instead of racing on the same rows.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('local-news:sitemap-chunks'))`;
    const before = await tx.sitemapChunk.findMany({ select: { chunk: true, lastmod: true, articles: true } });
    const known = new Map(before.map((row) => [row.chunk, row]));
    const changed = rows.filter((row) => {
      const old = known.get(row.chunk);
      return !old || old.lastmod.getTime() !== row.lastmod.getTime() || old.articles !== row.articles;
    });
    const current = new Set(rows.map((row) => row.chunk));
    const gone = before.filter((row) => !current.has(row.chunk)).map((row) => row.chunk);
    const replaced = [...gone, ...changed.map((row) => row.chunk)];
    if (replaced.length > 0) await tx.sitemapChunk.deleteMany({ where: { chunk: { in: replaced } } });
    if (changed.length > 0) await tx.sitemapChunk.createMany({ data: changed });
    return changed.length > 0 || gone.length > 0;
  });
}

export type ArticleUrlRow = { id: number; editedAt: Date };

/**
 * What an article sitemap's content depends on: how many published articles the range has and
 * the sum of their edit times (any publish, unpublish or edit in the range changes it).
 */
export async function articleChunkFingerprint(chunk: number): Promise<{ count: number; key: string }> {
  const { first, last } = chunkIdRange(chunk);
  const rows = await prisma.$queryRaw<Array<{ count: number; edits: string | null }>>`
    SELECT count(*)::int AS count, sum(extract(epoch FROM edited_at))::text AS edits
      FROM articles WHERE id BETWEEN ${first} AND ${last} AND status = 'PUBLISHED'`;
  const row = rows[0];
  return { count: row?.count ?? 0, key: `${row?.count ?? 0}:${row?.edits ?? ""}` };
}

/** Published articles of one id range (a primary-key range scan, same cost for every chunk). */
export async function listArticleChunk(chunk: number): Promise<ArticleUrlRow[]> {
  const { first, last } = chunkIdRange(chunk);
  return prisma.article.findMany({
    where: { id: { gte: first, lte: last }, status: "PUBLISHED" },
    orderBy: { id: "asc" },
    select: { id: true, editedAt: true },
  });
}

export type BoardUrlRow = { slug: string; lastmod: Date };

/** Boards with the time of their newest published article (one index probe per board). */
export const listBoardsForSitemap = cachedQuery(
  async (): Promise<BoardUrlRow[]> => {
    const boards = await prisma.board.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, slug: true, updatedAt: true } });
    return Promise.all(
      boards.map(async (board) => {
        const newest = await prisma.article.findFirst({
          where: { boardId: board.id, status: "PUBLISHED" },
          orderBy: { publishedAt: "desc" },
          select: { publishedAt: true },
        });
        const lastmod = newest?.publishedAt && newest.publishedAt > board.updatedAt ? newest.publishedAt : board.updatedAt;
        return { slug: board.slug, lastmod };
      }),
    );
  },
  ["sitemaps:boards"],
  { tags: [tags.sitemap, tags.boards] },
);

export type NewsRow = { id: number; title: string; publishedAt: Date };

/** Articles published in the last two days, newest first (Google News reads at most 1,000). */
export const listRecentForNews = cachedQuery(
  async (): Promise<NewsRow[]> => {
    const since = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const rows = await prisma.article.findMany({
      where: { status: "PUBLISHED", publishedAt: { gte: since } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: 1000,
      select: { id: true, title: true, publishedAt: true },
    });
    return rows.map((row) => ({ id: row.id, title: row.title, publishedAt: row.publishedAt ?? since }));
  },
  ["sitemaps:news"],
  { tags: [tags.sitemap], lifetime: LIFETIMES.newsSitemapWindow },
);

export type ReporterUrlRow = { id: number; lastmod: Date };

/**
 * Reporters with a page (at least one published article), each with the newer of their newest
 * article and their profile's last edit: one index probe per account on
 * (author_id, status, published_at, id).
 */
export const listReportersForSitemap = cachedQuery(
  async (): Promise<ReporterUrlRow[]> => {
    const rows = await prisma.$queryRaw<Array<{ id: number; published_at: Date; profile_at: Date | null }>>`
      SELECT u.id, a.published_at, p.updated_at AS profile_at
        FROM users u
        CROSS JOIN LATERAL (
          SELECT published_at FROM articles
           WHERE author_id = u.id AND status = 'PUBLISHED'
           ORDER BY published_at DESC, id DESC LIMIT 1) a
        LEFT JOIN reporter_profiles p ON p.user_id = u.id
       ORDER BY u.id`;
    return rows.map((row) => ({
      id: row.id,
      lastmod: row.profile_at && row.profile_at > row.published_at ? row.profile_at : row.published_at,
    }));
  },
  ["sitemaps:reporters"],
  { tags: [tags.sitemap, tags.reporters] },
);

/**
 * When /schedule (today's schedule) last changed: the newest publish or edit of a published post
 * with entries on `today`, or the start of the day in Seoul, when the page rolled over to it.
 */
export function getScheduleTodayLastmod(today: string): Promise<Date> {
  return cachedQuery(
    async (): Promise<Date> => {
      const rows = await prisma.$queryRaw<Array<{ changed: Date | null }>>`
        SELECT max(GREATEST(a.edited_at, a.published_at)) AS changed
          FROM articles a
         WHERE a.status = 'PUBLISHED'
           AND a.id IN (SELECT article_id FROM schedule_entries WHERE date = ${today}::date)`;
      const midnight = new Date(`${today}T00:00:00+09:00`);
      const changed = rows[0]?.changed ?? null;
      return changed && changed > midnight ? changed : midnight;
    },
    ["sitemaps:schedule-today", today],
    { tags: [tags.sitemap, tags.schedule(today)] },
  )();
}

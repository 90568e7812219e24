import "server-only";
import { prisma } from "@/lib/db";
import { seoulDay } from "@/lib/time";
import { addDays } from "@/lib/schedule/days";

// 많이 본 뉴스: the worker's ranking pass. The daily view rows (one per article per Seoul day,
// folded from the beacon, bots and editors never counted) are summed over today and over the
// last seven days; the ten most-read published articles of each go into most_read_articles,
// which reader pages read (lib/views/queries.ts). One aggregate over a week of daily rows costs
// the worker tens of milliseconds at a million articles, once a minute; no reader waits for it.

export const MOST_READ_PERIODS = { day: 1, week: 7 } as const;
export type MostReadPeriod = keyof typeof MOST_READ_PERIODS;
export const MOST_READ_SIZE = 10;

export type Ranked = { id: number; views: number };

// Top candidates first, then only the published ones among them: the join touches 50 rows, not
// every article read this week. Ties go to the newer article (higher id): a stable order.
const RANK_SQL = `
WITH top AS (
  SELECT article_id, sum(views)::int AS views
    FROM article_daily_views
   WHERE day BETWEEN $1::date AND $2::date
   GROUP BY article_id
   ORDER BY views DESC, article_id DESC
   LIMIT 50)
SELECT t.article_id AS id, t.views
  FROM top t JOIN articles a ON a.id = t.article_id AND a.status = 'PUBLISHED'
 ORDER BY t.views DESC, t.article_id DESC
 LIMIT $3`;

/** The ranking of one period ending on `today` (YYYY-MM-DD, Asia/Seoul). */
export async function rankMostRead(period: MostReadPeriod, today: string, size = MOST_READ_SIZE): Promise<Ranked[]> {
  const from = addDays(today, 1 - MOST_READ_PERIODS[period]);
  return prisma.$queryRawUnsafe<Ranked[]>(RANK_SQL, from, today, size);
}

const LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('local-news:most-read'))";

/** How many of each ranking the block shows: only a change among these expires pages. */
export const MOST_READ_SHOWN = 5;

/**
 * Recomputes both rankings and stores them. Returns true when what readers see changed (an
 * article entered, left or moved among the shown places, or the day rolled over); view numbers
 * alone don't count, since the block shows ranks, not counts. Every page carrying the block is
 * rendered again after such a change, so it is worth not reporting changes nobody sees.
 * Safe with two workers: they take turns.
 */
export async function refreshMostRead(now: Date = new Date()): Promise<boolean> {
  const today = seoulDay(now);
  const periods = Object.keys(MOST_READ_PERIODS) as MostReadPeriod[];
  const rankings = await Promise.all(periods.map(async (period) => ({ period, rows: await rankMostRead(period, today) })));
  const day = new Date(`${today}T00:00:00.000Z`);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(LOCK_SQL);
    const stored = await tx.mostReadArticle.findMany({ orderBy: [{ period: "asc" }, { rank: "asc" }], select: { period: true, articleId: true, day: true } });
    const shown = (period: string, ids: number[], on: string) => `${period}:${on}:${ids.slice(0, MOST_READ_SHOWN).join(",")}`;
    const before = new Set(
      periods.map((period) => {
        const rows = stored.filter((row) => row.period === period);
        return shown(period, rows.map((row) => row.articleId), rows[0]?.day.toISOString().slice(0, 10) ?? today);
      }),
    );
    // Twenty rows: always rewritten, so the places below the shown ones (which step in when a
    // shown article is unpublished) and the counts stay current.
    await tx.mostReadArticle.deleteMany({});
    await tx.mostReadArticle.createMany({
      data: rankings.flatMap(({ period, rows }) => rows.map((row, index) => ({ period, rank: index + 1, articleId: row.id, views: row.views, day, computedAt: now }))),
    });
    return rankings.some(({ period, rows }) => !before.has(shown(period, rows.map((row) => row.id), today)));
  });
}

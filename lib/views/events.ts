import "server-only";
import { createHmac, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// View counting without per-process state. The beacon inserts one `article_view_events` row
// per counted view and answers only after it is committed, so an acknowledged view survives a
// web server's crash; appending rows never waits on a hot article's row lock. The worker folds
// the rows into `articles.view_count` and `article_daily_views` in batches: one transaction
// deletes the rows it adds, so a view is counted exactly once even if the worker dies mid-way.

type Tx = Prisma.TransactionClient;

/** A request id from the proxy in front (nginx's $request_id), else a fresh one. */
export function viewRequestId(header: string | null): string {
  return header && /^[0-9A-Za-z_-]{8,64}$/.test(header) ? header : randomUUID();
}

/** A client counted for an article is not counted again for this long (view_windows). */
export function viewWindowMs(): number {
  return env().VIEW_WINDOW_SECONDS * 1000;
}

/**
 * Records one counted view of `articleId` on Seoul day `day`, unless `client` (a key from
 * viewClientKey) was counted for it within viewWindowMs() — so dropping the "viewed" cookie and
 * reloading does not count again. One statement: the window row and the event are written
 * together or not at all, and concurrent views of one client count once. Idempotent per
 * `requestId`: the same request retried on another server (after the first one died) counts
 * once. Returns whether the view counted.
 */
export async function recordViewEvent(articleId: number, day: string, requestId: string, client: string | null = null, now: Date = new Date()): Promise<boolean> {
  if (client === null) {
    const inserted = await prisma.$executeRaw`
      INSERT INTO article_view_events (article_id, day, request_id)
      VALUES (${articleId}, ${day}::date, ${requestId})
      ON CONFLICT (request_id) DO NOTHING`;
    return inserted > 0;
  }
  const until = new Date(now.getTime() + viewWindowMs());
  const inserted = await prisma.$executeRaw`
    WITH opened AS (
      INSERT INTO view_windows (article_id, client, until) VALUES (${articleId}, ${client}, ${until})
      ON CONFLICT (article_id, client) DO UPDATE SET until = EXCLUDED.until WHERE view_windows.until <= ${now}
      RETURNING 1)
    INSERT INTO article_view_events (article_id, day, request_id)
    SELECT ${articleId}, ${day}::date, ${requestId} FROM opened
    ON CONFLICT (request_id) DO NOTHING`;
  return inserted > 0;
}

/** A client's window key: a keyed hash of its address and User-Agent, never the address itself. */
export function viewClientKey(ip: string, userAgent: string, secret: string): string {
  return createHmac("sha256", secret).update(`local-news:view-client\n${ip}\n${userAgent}`).digest("base64url").slice(0, 32);
}

/** Deletes windows that have closed (the worker's cleanup); returns how many. */
export async function forgetViewWindows(now: Date = new Date()): Promise<number> {
  return prisma.$executeRaw`DELETE FROM view_windows WHERE until <= ${now}`;
}

export type ViewTotals = { id: number; views: number };
export type DailyViews = { id: number; day: string; views: number };

// Articles in id order, so a fold takes row locks in the same order as anything else that
// updates several articles. Unknown ids (deleted articles) simply match nothing.
const ADD_TOTALS_SQL = `
UPDATE articles AS a
   SET view_count = a.view_count + v.views
  FROM unnest($1::int[], $2::int[]) AS v(id, views)
 WHERE a.id = v.id`;

const ADD_DAILY_SQL = `
INSERT INTO article_daily_views (article_id, day, views)
SELECT v.id, v.day, v.views
  FROM unnest($1::int[], $2::date[], $3::int[]) AS v(id, day, views)
 WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = v.id)
ON CONFLICT (article_id, day) DO UPDATE SET views = article_daily_views.views + EXCLUDED.views`;

// Only one fold at a time across all workers: a second worker skips instead of waiting.
const FOLD_LOCK_SQL = "SELECT pg_try_advisory_xact_lock(hashtext('local-news:fold-views')) AS locked";

const TAKE_SQL = `
WITH taken AS (
  DELETE FROM article_view_events
   WHERE id IN (SELECT id FROM article_view_events ORDER BY id LIMIT $1)
  RETURNING article_id, day)
SELECT article_id AS id, to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS views
  FROM taken GROUP BY article_id, day ORDER BY article_id, day`;

/** Adds per-day counts to the totals and the daily rows; returns the article rows updated. */
export async function addViews(tx: Tx, daily: DailyViews[]): Promise<number> {
  if (daily.length === 0) return 0;
  const totals = new Map<number, number>();
  for (const row of daily) totals.set(row.id, (totals.get(row.id) ?? 0) + row.views);
  const ids = [...totals.keys()].sort((a, b) => a - b);
  const updated = await tx.$executeRawUnsafe(ADD_TOTALS_SQL, ids, ids.map((id) => totals.get(id)));
  await tx.$executeRawUnsafe(
    ADD_DAILY_SQL,
    daily.map((row) => row.id),
    daily.map((row) => row.day),
    daily.map((row) => row.views),
  );
  return updated;
}

/**
 * Folds up to `limit` recorded views into the counters, in one transaction. Returns how many
 * views it folded (0 when there were none, or another worker is folding right now).
 */
export async function foldViewEvents(limit = 50_000): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const [lock] = await tx.$queryRawUnsafe<Array<{ locked: boolean }>>(FOLD_LOCK_SQL);
    if (!lock?.locked) return 0;
    const daily = await tx.$queryRawUnsafe<DailyViews[]>(TAKE_SQL, limit);
    await addViews(tx, daily);
    return daily.reduce((sum, row) => sum + row.views, 0);
  });
}

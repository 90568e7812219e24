import type { ViewBatch } from "@/lib/views/buffer";

/** A PrismaClient (or anything with the same two methods). */
export type ViewWriter = {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $transaction<T>(fn: (tx: { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> }) => Promise<T>): Promise<T>;
};

// One statement per table for the whole batch, rows in id order so concurrent flushes (several
// app servers) take row locks in the same order and cannot deadlock. Unknown ids (a deleted
// article) simply match nothing.
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

/** Writes a drained batch in one transaction; returns the number of article rows updated. */
export async function writeViewBatch(db: ViewWriter, batch: ViewBatch): Promise<number> {
  if (batch.totals.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const updated = await tx.$executeRawUnsafe(
      ADD_TOTALS_SQL,
      batch.totals.map((t) => t.id),
      batch.totals.map((t) => t.views),
    );
    await tx.$executeRawUnsafe(
      ADD_DAILY_SQL,
      batch.daily.map((d) => d.id),
      batch.daily.map((d) => d.day),
      batch.daily.map((d) => d.views),
    );
    return updated;
  });
}

import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import type { MostReadPeriod } from "@/lib/views/most-read";

// Reader reads of the view counts' products. 많이 본 뉴스 comes from the worker's small ranking
// table (a primary-key range of 20 rows and as many article lookups), cached under `most-read`,
// which the worker expires when the ranking changes and a status change of a ranked article
// expires too (lib/cache/invalidate.ts).

export type MostReadItem = { rank: number; id: number; title: string };
export type MostRead = Record<MostReadPeriod, MostReadItem[]>;

/** The uncached read (scripts/explain-features.ts measures it). */
export async function loadMostRead(): Promise<MostRead> {
  const rows = await prisma.$queryRaw<Array<{ period: MostReadPeriod; id: number; title: string }>>`
    SELECT m.period, a.id, a.title
      FROM most_read_articles m JOIN articles a ON a.id = m.article_id
     WHERE a.status = 'PUBLISHED'
     ORDER BY m.period, m.rank`;
  const out: MostRead = { day: [], week: [] };
  for (const row of rows) {
    const list = out[row.period];
    if (list) list.push({ rank: list.length + 1, id: row.id, title: row.title });
  }
  return out;
}

const cachedMostRead = cachedQuery(loadMostRead, ["reader:most-read"], { tags: [tags.mostRead] });

/** Today's and this week's most-read published articles, best first. */
export async function listMostRead(): Promise<MostRead> {
  return cachedMostRead();
}

import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { feedContentHtml } from "./content";
import { FEED_ITEM_LIMIT, type FeedArticle } from "./rss";

// Cached results are JSON (unstable_cache serializes), so dates travel as ISO strings.
// The time-based revalidate is a safety net next to the tags (as in lib/articles/queries.ts).
const SAFETY_NET_S = 300;
type CachedArticle = Omit<FeedArticle, "publishedAt"> & { publishedAt: string; editedAt: string };

export type FeedBoard = { slug: string; name: string; description: string };

const select = {
  id: true,
  title: true,
  excerpt: true,
  authorName: true,
  publishedAt: true,
  editedAt: true,
  body: true,
  board: { select: { name: true } },
  corrections: { orderBy: { id: "desc" }, select: { kind: true, text: true, createdAt: true } },
} as const;

type Row = {
  id: number;
  title: string;
  excerpt: string;
  authorName: string;
  publishedAt: Date | null;
  editedAt: Date;
  body: string;
  board: { name: string };
  corrections: Array<{ kind: "CORRECTION" | "REBUTTAL"; text: string; createdAt: Date }>;
};

function toCached(row: Row): CachedArticle {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    authorName: row.authorName,
    boardName: row.board.name,
    publishedAt: (row.publishedAt ?? row.editedAt).toISOString(),
    editedAt: row.editedAt.toISOString(),
    content: feedContentHtml(row.body, siteUrl(), row.corrections),
  };
}

export type FeedData = { articles: FeedArticle[]; updated: Date };

function revive(rows: CachedArticle[]): FeedData {
  const articles = rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt) }));
  const updated = rows.reduce((max, row) => (row.editedAt > max ? row.editedAt : max), "1970-01-01T00:00:00.000Z");
  return { articles, updated: new Date(rows.length ? updated : Date.UTC(2000, 0, 1)) };
}

const latestSite = unstable_cache(
  async (): Promise<CachedArticle[]> => {
    const rows = await prisma.article.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: FEED_ITEM_LIMIT,
      select,
    });
    return rows.map(toCached);
  },
  ["feeds:site"],
  { tags: [tags.feeds, tags.articles], revalidate: SAFETY_NET_S },
);

export async function getSiteFeedData(): Promise<FeedData> {
  return revive(await latestSite());
}

const boardFeed = (slug: string) =>
  unstable_cache(
    async (): Promise<{ board: FeedBoard; rows: CachedArticle[] } | null> => {
      const board = await prisma.board.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
      if (!board) return null;
      const rows = await prisma.article.findMany({
        where: { boardId: board.id, status: "PUBLISHED" },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: FEED_ITEM_LIMIT,
        select,
      });
      return { board: { slug: board.slug, name: board.name, description: board.description }, rows: rows.map(toCached) };
    },
    ["feeds:board", slug],
    { tags: [tags.feeds, tags.board(slug), tags.boards], revalidate: SAFETY_NET_S },
  )();

/** null for an unknown board. */
export async function getBoardFeedData(slug: string): Promise<(FeedData & { board: FeedBoard }) | null> {
  const cached = await boardFeed(slug);
  if (!cached) return null;
  return { board: cached.board, ...revive(cached.rows) };
}

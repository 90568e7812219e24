import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { feedContentHtml } from "./content";
import { FEED_ITEM_LIMIT, type FeedArticle } from "./rss";

type CachedArticle = FeedArticle & { editedAt: Date };

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
    publishedAt: row.publishedAt ?? row.editedAt,
    editedAt: row.editedAt,
    content: feedContentHtml(row.body, siteUrl(), row.corrections),
  };
}

export type FeedData = { articles: FeedArticle[]; updated: Date };

function feedData(articles: CachedArticle[]): FeedData {
  const updated = articles.reduce((max, row) => Math.max(max, row.editedAt.getTime()), 0);
  return { articles, updated: new Date(articles.length ? updated : Date.UTC(2000, 0, 1)) };
}

const latestSite = cachedQuery(
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
  { tags: [tags.feeds, tags.articles] },
);

export async function getSiteFeedData(): Promise<FeedData> {
  return feedData(await latestSite());
}

const boardFeed = (slug: string) =>
  cachedQuery(
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
    { tags: [tags.feeds, tags.board(slug), tags.boards] },
  )();

/** null for an unknown board. */
export async function getBoardFeedData(slug: string): Promise<(FeedData & { board: FeedBoard }) | null> {
  const cached = await boardFeed(slug);
  if (!cached) return null;
  return { board: cached.board, ...feedData(cached.rows) };
}

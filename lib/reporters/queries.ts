import "server-only";
import { IMAGE_SELECT, toPictureView, type ArticleSummary, type PictureView } from "@/lib/articles/queries";
import { cachedQuery } from "@/lib/cache/cached-query";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { REPORTER_MAX_ARTICLES } from "@/lib/pagination";

// Reporters as readers see them: the profile behind a byline and the /reporter/{id} page, cached
// under reporter:{id} (a profile edit, or a publish/unpublish of one of their articles, expires
// it).

export type ReporterView = {
  id: number;
  name: string;
  email: string | null;
  bio: string;
  photo: PictureView | null;
};

/** One of a reporter's articles, as a list shows it. */
export type ReporterArticle = ArticleSummary;

function validId(id: number): boolean {
  return Number.isSafeInteger(id) && id >= 1 && id <= 2_147_483_647;
}

async function loadReporter(id: number): Promise<ReporterView | null> {
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, displayName: true, profile: { select: { email: true, bio: true, photo: { select: IMAGE_SELECT } } } },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.displayName,
    email: user.profile?.email ?? null,
    bio: user.profile?.bio ?? "",
    photo: user.profile?.photo ? toPictureView(user.profile.photo) : null,
  };
}

/** The account behind a byline, or null when there is no such user. */
export async function getReporter(id: number): Promise<ReporterView | null> {
  if (!validId(id)) return null;
  const load = cachedQuery(loadReporter, ["reporter:profile"], { tags: [tags.reporter(id)] });
  return load(id);
}

/**
 * Published articles written under the account, counted up to REPORTER_MAX_ARTICLES + 1 (more
 * than the page lists means "capped").
 */
export async function countReporterArticles(id: number): Promise<number> {
  if (!validId(id)) return 0;
  const load = cachedQuery(loadReporterCount, ["reporter:count"], { tags: [tags.reporter(id)] });
  return load(id);
}

/** The uncached reads (scripts/explain-features.ts measures them). */
export async function loadReporterCount(authorId: number): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM articles WHERE author_id = ${authorId} AND status = 'PUBLISHED' LIMIT ${REPORTER_MAX_ARTICLES + 1}) s`;
  return rows[0]?.n ?? 0;
}

export async function loadReporterPage(authorId: number, skip: number, take: number): Promise<ReporterArticle[]> {
  // The page's ids first, from the index alone (no table row read for the skipped ones), then
  // its fifteen rows.
  const ids = await prisma.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM articles WHERE author_id = ${authorId} AND status = 'PUBLISHED'
     ORDER BY published_at DESC, id DESC OFFSET ${skip} LIMIT ${take}`;
  if (ids.length === 0) return [];
  const found = await prisma.article.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: { id: true, title: true, excerpt: true, publishedAt: true, board: { select: { slug: true, name: true } } },
  });
  const rows = ids.flatMap(({ id }) => found.filter((row) => row.id === id));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: row.publishedAt ?? new Date(0),
    boardSlug: row.board.slug,
    boardName: row.board.name,
  }));
}

/**
 * Page `page` of the reporter's published articles, newest first: an index-only walk of the
 * (author_id, status, published_at, id) index, at most REPORTER_MAX_ARTICLES long. Empty past the end.
 */
export async function listReporterArticles(id: number, page: number, pageSize: number): Promise<ReporterArticle[]> {
  if (!validId(id) || page < 1) return [];
  const load = cachedQuery(loadReporterPage, ["reporter:page"], { tags: [tags.reporter(id), tags.boards] });
  return load(id, (page - 1) * pageSize, pageSize);
}

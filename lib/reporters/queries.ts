import "server-only";
import { unstable_cache } from "next/cache";
import { IMAGE_SELECT, toPictureView, type PictureView } from "@/lib/articles/queries";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";

// Reporters as readers see them: the profile behind a byline and the /reporter/{id} page, cached
// under reporter:{id} (a profile edit, or a publish/unpublish of one of their articles, expires
// it). Dates travel through the cache as ISO strings.
const SAFETY_NET_S = 300;

export type ReporterView = {
  id: number;
  name: string;
  email: string | null;
  bio: string;
  photo: PictureView | null;
};

export type ReporterArticle = {
  id: number;
  title: string;
  excerpt: string;
  publishedAt: Date;
  boardSlug: string;
  boardName: string;
};

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
  const load = unstable_cache(loadReporter, ["reporter:profile"], { tags: [tags.reporter(id)], revalidate: SAFETY_NET_S });
  return load(id);
}

/** Published articles written under the account (its page's total). */
export async function countReporterArticles(id: number): Promise<number> {
  if (!validId(id)) return 0;
  const load = unstable_cache(
    (authorId: number) => prisma.article.count({ where: { authorId, status: "PUBLISHED" } }),
    ["reporter:count"],
    { tags: [tags.reporter(id)], revalidate: SAFETY_NET_S },
  );
  return load(id);
}

type JsonArticle = Omit<ReporterArticle, "publishedAt"> & { publishedAt: string };

/**
 * Page `page` of the reporter's published articles, newest first: a walk of the
 * (author_id, status, published_at, id) index. Empty past the end.
 */
export async function listReporterArticles(id: number, page: number, pageSize: number): Promise<ReporterArticle[]> {
  if (!validId(id) || page < 1) return [];
  const load = unstable_cache(
    async (authorId: number, skip: number, take: number): Promise<JsonArticle[]> => {
      const rows = await prisma.article.findMany({
        where: { authorId, status: "PUBLISHED" },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        skip,
        take,
        select: { id: true, title: true, excerpt: true, publishedAt: true, board: { select: { slug: true, name: true } } },
      });
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        excerpt: row.excerpt,
        publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
        boardSlug: row.board.slug,
        boardName: row.board.name,
      }));
    },
    ["reporter:page"],
    { tags: [tags.reporter(id), tags.boards], revalidate: SAFETY_NET_S },
  );
  return (await load(id, (page - 1) * pageSize, pageSize)).map((row) => ({ ...row, publishedAt: new Date(row.publishedAt) }));
}

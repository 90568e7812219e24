import "server-only";
import { prisma } from "@/lib/db";

export type ArticleSummary = {
  id: number;
  title: string;
  excerpt: string;
  boardName: string;
  publishedAt: Date;
};

export async function listLatestArticles(limit: number): Promise<ArticleSummary[]> {
  const rows = await prisma.article.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, excerpt: true, publishedAt: true, board: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    boardName: row.board.name,
    // The status filter guarantees it; the CHECK constraint in the migration enforces it.
    publishedAt: row.publishedAt ?? new Date(0),
  }));
}

/** The newest edit of anything published: the site-wide "최종편집" time. */
export async function getSiteLastEdited(): Promise<Date | null> {
  const row = await prisma.article.aggregate({ where: { status: "PUBLISHED" }, _max: { editedAt: true } });
  return row._max.editedAt;
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Writers of the `redirects` table, called inside the editor's transactions. They only insert
// and delete (never update): every server's proxy notices changes by row count and highest id.

type Tx = Prisma.TransactionClient;

export function boardPath(slug: string): string {
  return `/board/${slug}`;
}

export function articlePath(id: number): string {
  return `/article/${id}`;
}

/**
 * A board moved from `oldSlug` to `newSlug`: `/board/old…` (its pages, `?page=`, its feed)
 * answers 301 to the new slug. Earlier moves into the old slug are re-pointed so there are no
 * chains, and a redirect away from the new slug (moving back) is dropped.
 */
export async function recordBoardSlugChange(tx: Tx, oldSlug: string, newSlug: string): Promise<void> {
  if (oldSlug === newSlug) return;
  const from = boardPath(oldSlug);
  const to = boardPath(newSlug);
  const chained = await tx.redirect.findMany({ where: { toPath: from, statusCode: { in: [301, 308] } } });
  await tx.redirect.deleteMany({ where: { fromPath: { in: [from, to, ...chained.map((row) => row.fromPath)] } } });
  await tx.redirect.createMany({
    data: [
      ...chained.filter((row) => row.fromPath !== to).map((row) => ({ fromPath: row.fromPath, toPath: to, statusCode: 301 })),
      { fromPath: from, toPath: to, statusCode: 301 },
    ],
  });
}

/** A board (new or renamed) now lives at `slug`: no stored redirect may shadow it. */
export async function releaseBoardSlug(tx: Tx, slug: string): Promise<void> {
  await tx.redirect.deleteMany({ where: { fromPath: boardPath(slug) } });
}

/** A deleted article answers 410 Gone (instead of 404) at `/article/{id}`. */
export async function recordArticleTombstone(tx: Tx, id: number): Promise<void> {
  const fromPath = articlePath(id);
  await tx.redirect.deleteMany({ where: { fromPath } });
  await tx.redirect.create({ data: { fromPath, toPath: "", statusCode: 410 } });
}

/** The article was restored: its URL serves the article again. */
export async function clearArticleTombstone(tx: Tx, id: number): Promise<void> {
  await tx.redirect.deleteMany({ where: { fromPath: articlePath(id), statusCode: 410 } });
}

import "server-only";
import { revalidateTag } from "next/cache";
import { tags } from "@/lib/cache/tags";

// `{ expire: 0 }` rather than "max": stale-while-revalidate would serve the old page to the
// first reader after a publish, and publishing must be visible on the very next request.
// Regeneration is still lazy (on the next visit), so a publish costs no eager re-render.
// revalidateTag needs a request scope: call these from server actions or route handlers.
const NOW = { expire: 0 } as const;

export type ArticleChange = {
  id: number;
  boardSlug: string;
  /** The board the article was in before a move, so its listing drops it too. */
  previousBoardSlug?: string;
  /** YYYY-MM-DD days of schedule entries the article had or now has. */
  scheduleDates?: string[];
};

/** Call after any write that readers can see: publish, edit, unpublish, delete, pin, move. */
export function invalidateArticleChange(change: ArticleChange): void {
  const names = new Set<string>([
    tags.article(change.id),
    tags.board(change.boardSlug),
    tags.articles,
    tags.feeds,
    tags.sitemap,
    tags.siteMeta,
  ]);
  if (change.previousBoardSlug) names.add(tags.board(change.previousBoardSlug));
  for (const day of change.scheduleDates ?? []) names.add(tags.schedule(day));
  for (const name of names) revalidateTag(name, NOW);
}

/** Call after a board is created, renamed, re-slugged, re-sized or deleted. */
export function invalidateBoards(slugs: string[] = []): void {
  const names = new Set<string>([tags.boards, tags.articles, tags.feeds, tags.sitemap, tags.siteMeta]);
  for (const slug of slugs) names.add(tags.board(slug));
  for (const name of names) revalidateTag(name, NOW);
}

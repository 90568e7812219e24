import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { purgeEdges } from "@/lib/cache/edge-purge";
import { EXPIRE_IMMEDIATELY } from "@/lib/cache/lifetimes.mjs";
import { tags } from "@/lib/cache/tags";

// What a change makes stale, as tag lists (lib/cache/tags.ts), and the expiry itself inside a
// request (server actions, route handlers): Next's revalidateTag, which reaches the shared
// store through our cache handler, so every server sees it on its next read. The worker,
// which runs outside Next, expires the same lists straight in the store (lib/worker).

export type ArticleChange = {
  id: number;
  boardSlug: string;
  /** The board the article was in before a move, so its listing drops it too. */
  previousBoardSlug?: string;
  /** YYYY-MM-DD days of schedule entries the article had or now has. */
  scheduleDates?: string[];
  /** The author's account: their reporter page lists the article. */
  authorId?: number | null;
  /** The article is in the most-read ranking, which shows its title and must drop it if gone. */
  ranked?: boolean;
  /** Articles whose editors picked this one as related (관련기사): their pages show it. */
  pickedBy?: number[];
};

/** Tags of everything a publish, edit, unpublish, delete, pin or move can change. */
export function articleChangeTags(change: ArticleChange): string[] {
  const names = new Set<string>([tags.article(change.id), tags.board(change.boardSlug), tags.articles, tags.feeds, tags.sitemap]);
  if (change.previousBoardSlug) names.add(tags.board(change.previousBoardSlug));
  for (const day of change.scheduleDates ?? []) names.add(tags.schedule(day));
  if (change.authorId) names.add(tags.reporter(change.authorId));
  if (change.ranked) names.add(tags.mostRead);
  for (const id of change.pickedBy ?? []) names.add(tags.article(id));
  return [...names];
}

/** Tags of what a reporter's profile feeds: their page, their bylines, the sitemap's list. */
export function reporterChangeTags(userId: number): string[] {
  return [tags.reporter(userId), tags.reporters, tags.sitemap];
}

/** Tags of everything a board's creation, rename, new slug, page size or deletion changes. */
export function boardChangeTags(slugs: string[] = []): string[] {
  return [...new Set([tags.boards, tags.articles, tags.feeds, tags.sitemap, ...slugs.map(tags.board)])];
}

/** Tags of what the site settings feed: the imprint in the footer of every page. */
export function siteSettingsChangeTags(): string[] {
  return [tags.siteSettings];
}

let expireOverride: ((names: readonly string[]) => void) | null = null;

/** Tests (outside any request, where revalidateTag cannot run) record the tags instead. */
export function setTagExpirer(hook: ((names: readonly string[]) => void) | null): void {
  expireOverride = hook;
}

/**
 * Expires `names` everywhere: in the shared cache (when the action or route handler finishes)
 * and then at the HTTP cache in front. Needs a request scope.
 */
export function expireTags(names: readonly string[]): void {
  if (expireOverride) return expireOverride(names);
  for (const name of names) revalidateTag(name, EXPIRE_IMMEDIATELY);
  after(() => purgeEdges(names));
}

/**
 * After a committed write: the data is saved, so a failed expiry only delays what readers see
 * until the cached pages expire on their own. Logged, never thrown at the writer.
 */
export function expireAfterCommit(names: readonly string[]): void {
  try {
    expireTags(names);
  } catch (error) {
    console.error("cache invalidation failed", error);
  }
}

/** Call after any write that readers can see: publish, edit, unpublish, delete, pin, move. */
export function invalidateArticleChange(change: ArticleChange): void {
  expireTags(articleChangeTags(change));
}

/** Call after a board is created, renamed, re-slugged, re-sized or deleted. */
export function invalidateBoards(slugs: string[] = []): void {
  expireTags(boardChangeTags(slugs));
}

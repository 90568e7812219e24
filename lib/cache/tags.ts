// The one list of cache tags. Cached reads tag themselves with these; publishing
// invalidates exactly the tags an article touches (see lib/cache/invalidate.ts).
export const tags = {
  /** Anything that lists articles across boards: home, site feed, search. */
  articles: "articles",
  article: (id: number) => `article:${id}`,
  board: (slug: string) => `board:${slug}`,
  boards: "boards",
  schedule: (date: string) => `schedule:${date}`,
  sitemap: "sitemap",
  /** The worker's per-range lastmods of the article sitemaps. */
  sitemapChunks: "sitemap-chunks",
  feeds: "feeds",
  /** A reporter's profile and article list (/reporter/{id}, bylines on their articles). */
  reporter: (id: number) => `reporter:${id}`,
  /** Lists of reporters (the sitemap's profile pages). */
  reporters: "reporters",
  /** The worker's most-read ranking (많이 본 뉴스 on home and beside articles). */
  mostRead: "most-read",
  /** The admin's site settings: the newspaper-law imprint in every page's footer. */
  siteSettings: "site-settings",
} as const;

/**
 * A page rendered while this tag was collected is never stored (lib/cache/handler.mjs): pages
 * whose address anyone can invent and that show nothing (a schedule day without entries) call
 * keepOutOfCache() (lib/cache/no-store.ts). Plain JS (handler.mjs) repeats the literal.
 */
export const NO_STORE_TAG = "_no-store";

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

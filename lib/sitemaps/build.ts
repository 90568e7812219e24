import "server-only";
import { siteUrl } from "@/lib/env";
import { site } from "@/lib/site";
import { listArticleChunk, listArticleChunks, listBoardsForSitemap, listRecentForNews } from "./queries";
import { articleSitemapName, buildNewsSitemap, buildSitemapIndex, buildUrlset, type SitemapUrl } from "./xml";

// Assembles the XML of each sitemap endpoint from the cached reads.

export const PAGES_SITEMAP = "pages.xml";

export async function sitemapIndexXml(): Promise<string> {
  const base = siteUrl();
  const [chunks, boards] = await Promise.all([listArticleChunks(), listBoardsForSitemap()]);
  const newestBoard = boards.reduce<string | null>((max, b) => (b.lastmod && (!max || b.lastmod > max) ? b.lastmod : max), null);
  return buildSitemapIndex([
    { loc: `${base}/sitemaps/${PAGES_SITEMAP}`, lastmod: newestBoard ? new Date(newestBoard) : null },
    ...chunks.map((c) => ({ loc: `${base}/sitemaps/${articleSitemapName(c.chunk)}`, lastmod: new Date(c.lastmod) })),
  ]);
}

export async function pagesSitemapXml(): Promise<string> {
  const base = siteUrl();
  const boards = await listBoardsForSitemap();
  const newest = boards.reduce<string | null>((max, b) => (b.lastmod && (!max || b.lastmod > max) ? b.lastmod : max), null);
  const urls: SitemapUrl[] = [
    { loc: `${base}/`, lastmod: newest ? new Date(newest) : null, changefreq: "hourly" },
    { loc: `${base}/schedule`, lastmod: null, changefreq: "daily" },
    ...boards.map((b) => ({
      loc: `${base}/board/${encodeURIComponent(b.slug)}`,
      lastmod: b.lastmod ? new Date(b.lastmod) : null,
      changefreq: "hourly" as const,
    })),
  ];
  return buildUrlset(urls);
}

/** null when the chunk has no published article (the route answers 404). */
export async function articleSitemapXml(chunk: number): Promise<string | null> {
  const base = siteUrl();
  const rows = await listArticleChunk(chunk);
  if (rows.length === 0) return null;
  return buildUrlset(rows.map((row) => ({ loc: `${base}/article/${row.id}`, lastmod: new Date(row.lastmod) })));
}

export async function newsSitemapXml(): Promise<string> {
  const base = siteUrl();
  const rows = await listRecentForNews();
  return buildNewsSitemap(
    { name: site.name, language: "ko" },
    rows.map((row) => ({ loc: `${base}/article/${row.id}`, title: row.title, publishedAt: new Date(row.publishedAt) })),
  );
}

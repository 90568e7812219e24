import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, env } from "@/lib/env";

// The one door to PostgreSQL: one client, one pool per process. Next bundles the proxy apart
// from the pages and actions, so each bundle has its own copy of this module; the client is
// kept under a global symbol so that every copy (and dev-mode hot reloads) reuse the same pool.
// It is created on first use, not at import: `next build` imports every route without a
// database, and a server must be able to start before PostgreSQL answers.
const CLIENT = Symbol.for("local-news.prisma");
type Holder = { [CLIENT]?: PrismaClient };

function client(): PrismaClient {
  const holder = globalThis as Holder;
  // A connection attempt gives up after 5 s: with PostgreSQL unreachable, requests fail (and
  // cached pages are served) instead of hanging; the pool reconnects by itself afterwards.
  return (holder[CLIENT] ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: env().DATABASE_POOL_SIZE, connectionTimeoutMillis: 5_000 }) }));
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

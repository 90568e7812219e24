import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

// For measuring tools only (scripts/explain-features.ts), never the web tier: installs, as the
// process's Prisma client (the one lib/db.ts hands out), a client that reports each statement it
// sends with its parameters, so a tool can EXPLAIN exactly what the app runs.

export type CapturedQuery = { sql: string; params: unknown[] };

// The key lib/db.ts keeps its client under.
const CLIENT = Symbol.for("local-news.prisma");

export function installQueryCapture(): { take: () => CapturedQuery[]; disconnect: () => Promise<void> } {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: 2 }), log: [{ emit: "event", level: "query" }] });
  let captured: CapturedQuery[] = [];
  client.$on("query", (event) => {
    let params: unknown[] = [];
    try {
      params = JSON.parse(event.params) as unknown[];
    } catch {
      params = [];
    }
    captured.push({ sql: event.query, params });
  });
  (globalThis as { [CLIENT]?: PrismaClient })[CLIENT] = client;
  return {
    take() {
      const out = captured;
      captured = [];
      return out;
    },
    disconnect: () => client.$disconnect(),
  };
}

import "server-only";
import { prisma } from "@/lib/db";
import { matchRedirect, normalizePath, type RedirectDecision } from "./redirect-rules";

// What a stored redirect row says about one path: moved (301/308), gone (410), or nothing.
// Asked only on the way to a 404 (an unknown board slug, a missing article), so one indexed
// lookup per question and no cache: misses must not fill caches.
export async function storedDecision(pathname: string, search = ""): Promise<RedirectDecision | null> {
  const path = normalizePath(pathname);
  const prefix = /^\/[^/]+\/[^/]+/.exec(path)?.[0];
  const candidates = [...new Set([path, ...(prefix ? [prefix] : [])])];
  const rows = await prisma.redirect.findMany({ where: { fromPath: { in: candidates } }, select: { fromPath: true, toPath: true, statusCode: true } });
  if (rows.length === 0) return null;
  const rules = new Map(rows.map((row) => [normalizePath(row.fromPath), { toPath: row.toPath, statusCode: row.statusCode }]));
  return matchRedirect(rules, pathname, search);
}

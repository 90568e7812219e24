// Shared by the edge specs: the database behind the cluster, and measuring how long a change
// takes to show through the HTTP cache.
import type { APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { edgeDatabaseUrl, withDatabase } from "../db";

export function withEdgeDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withDatabase(fn, edgeDatabaseUrl());
}

/** Milliseconds from `started` until every path's body satisfies `check` (Infinity past `limitMs`). */
export async function visibleThroughEdge(
  request: APIRequestContext,
  paths: readonly string[],
  check: (body: string) => boolean,
  started: number,
  limitMs = 5_000,
): Promise<number> {
  for (;;) {
    const bodies = await Promise.all(paths.map(async (path) => (await request.get(path)).text()));
    if (bodies.every(check)) return Date.now() - started;
    if (Date.now() - started > limitMs) return Number.POSITIVE_INFINITY;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

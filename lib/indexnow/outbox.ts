import "server-only";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  INDEXNOW_MAX_ATTEMPTS,
  indexNowBackoffMs,
  indexNowEndpoints,
  indexNowPayload,
  isPermanentRefusal,
  isPublicSiteUrl,
  resolveIndexNowKey,
} from "./config";

// The IndexNow outbox. A change that readers can see (publish, edit, unpublish, delete) writes
// its pings in its own transaction, so a ping exists exactly when the change committed; the
// worker sends them, retrying with backoff, so the editor never waits on a search engine.

type Tx = Prisma.TransactionClient;
type Db = Tx | typeof prisma;

/** Most URLs one POST may carry (the protocol's limit). */
const MAX_URLS_PER_POST = 10_000;
/** How long a claimed row stays invisible to other workers while it is being sent. */
const LEASE_MS = 60_000;
const SEND_TIMEOUT_MS = 10_000;
/** Sent and given-up rows are kept this long (to look into), then deleted. */
const KEEP_MS = 7 * 24 * 3600_000;

export async function currentIndexNowKey(db: Db = prisma): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ key: string | null }>>`SELECT indexnow_key AS key FROM site_settings WHERE id = 1`;
  return resolveIndexNowKey(rows[0]?.key ?? null);
}

/**
 * Queues one ping per configured endpoint for the change's `urls`, inside the change's
 * transaction. Nothing is queued when no key or endpoint is configured, or the site is not on a
 * public host (search engines could not crawl it).
 */
export async function enqueueIndexNow(tx: Tx, urls: readonly string[]): Promise<number> {
  const endpoints = indexNowEndpoints();
  if (urls.length === 0 || endpoints.length === 0 || !isPublicSiteUrl(siteUrl())) return 0;
  if (!(await currentIndexNowKey(tx))) return 0;
  await tx.indexNowOutbox.createMany({ data: endpoints.map((endpoint) => ({ endpoint, urls: [...urls] })) });
  return endpoints.length;
}

type Claimed = { id: bigint; endpoint: string; urls: string[]; attempts: number };

export type DrainResult = { posts: number; sent: number; retrying: number; failed: number };

export type DrainOptions = {
  now?: Date;
  fetch?: typeof fetch;
  /** Rows claimed per pass. */
  batch?: number;
  log?: (message: string) => void;
};

async function post(send: typeof fetch, endpoint: string, body: unknown): Promise<{ ok: boolean; status: number; error: string }> {
  try {
    const response = await send(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { ok: response.status === 200 || response.status === 202, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, status: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * One pass of the worker: claims the due pings (skipping rows another worker holds), sends them
 * as one batched POST per endpoint, and records the outcome: sent, retry later (network errors,
 * 403, 429, 5xx: after 30 s, then doubling up to an hour) or given up (400/413/422, or after
 * eight attempts). Without a key the due rows wait (a key set later sends them).
 */
export async function drainIndexNow(options: DrainOptions = {}): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const send = options.fetch ?? fetch;
  const result: DrainResult = { posts: 0, sent: 0, retrying: 0, failed: 0 };
  await prisma.indexNowOutbox.deleteMany({ where: { OR: [{ sentAt: { lt: new Date(now.getTime() - KEEP_MS) } }, { failedAt: { lt: new Date(now.getTime() - KEEP_MS) } }] } });
  const key = await currentIndexNowKey();
  if (!key) return result;
  const claimed = await prisma.$queryRaw<Claimed[]>`
    UPDATE indexnow_outbox SET attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}
     WHERE id IN (
       SELECT id FROM indexnow_outbox
        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${now}
        ORDER BY id LIMIT ${options.batch ?? 500}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, endpoint, urls, attempts`;
  const byEndpoint = new Map<string, Claimed[]>();
  for (const row of claimed) byEndpoint.set(row.endpoint, [...(byEndpoint.get(row.endpoint) ?? []), row]);

  for (const [endpoint, rows] of byEndpoint) {
    // Changes waiting together share one POST; one change's URLs are never split.
    const groups: Claimed[][] = [];
    let group: Claimed[] = [];
    let count = 0;
    for (const row of rows.sort((a, b) => Number(a.id - b.id))) {
      if (group.length > 0 && count + row.urls.length > MAX_URLS_PER_POST) {
        groups.push(group);
        group = [];
        count = 0;
      }
      group.push(row);
      count += row.urls.length;
    }
    if (group.length > 0) groups.push(group);

    for (const members of groups) {
      const urls = [...new Set(members.flatMap((row) => row.urls))];
      const outcome = await post(send, endpoint, indexNowPayload(siteUrl(), key, urls));
      result.posts++;
      const ids = members.map((row) => row.id);
      if (outcome.ok) {
        await prisma.indexNowOutbox.updateMany({ where: { id: { in: ids } }, data: { sentAt: now, lastError: "" } });
        result.sent += members.length;
        continue;
      }
      options.log?.(`indexnow: ${endpoint} answered ${outcome.error}`);
      for (const row of members) {
        const giveUp = isPermanentRefusal(outcome.status) || row.attempts >= INDEXNOW_MAX_ATTEMPTS;
        await prisma.indexNowOutbox.update({
          where: { id: row.id },
          data: giveUp
            ? { failedAt: now, lastError: outcome.error.slice(0, 500) }
            : { nextAttemptAt: new Date(now.getTime() + indexNowBackoffMs(row.attempts)), lastError: outcome.error.slice(0, 500) },
        });
        if (giveUp) result.failed++;
        else result.retrying++;
      }
    }
  }
  return result;
}

/** When the next ping is due (for the worker's sleep), or null when none waits. */
export async function nextIndexNowAt(): Promise<Date | null> {
  const row = await prisma.indexNowOutbox.findFirst({
    where: { sentAt: null, failedAt: null },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  return row?.nextAttemptAt ?? null;
}

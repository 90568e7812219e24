import pg from "pg";
import { nextScheduledAt, publishDueArticles } from "@/lib/articles/service";
import { SCHEDULE_CHANNEL } from "@/lib/articles/transaction";
import { forgetEndedSessions } from "@/lib/auth/session-store";
import { forgetOldFailures } from "@/lib/auth/throttle";
import { expireTagsOutsideNext } from "@/lib/cache/expire-outside-next";
import { articleChangeTags } from "@/lib/cache/invalidate";
import { LIFETIMES } from "@/lib/cache/lifetimes.mjs";
import { sharedCacheStore } from "@/lib/cache/store.mjs";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { databaseUrl, env } from "@/lib/env";
import { drainIndexNow, nextIndexNowAt } from "@/lib/indexnow/outbox";
import { refreshSitemapChunks } from "@/lib/sitemaps/queries";
import { foldViewEvents, forgetViewWindows } from "@/lib/views/events";
import { refreshMostRead } from "@/lib/views/most-read";
import { repeat, type Job } from "./repeat";

// The site's singleton work, in one process beside the web servers (`npm run worker`):
// scheduled publishing, folding counted views into the counters, the most-read ranking, IndexNow
// pings (lib/indexnow), the sitemaps' whole-table pass, deleting sign-in failures, sessions and
// view windows that can no longer matter, and forgetting old cache tag times. It reaches the web
// tier only through PostgreSQL and the shared cache. Several workers may run at once (a deploy
// overlapping, or by mistake): each job is safe to run twice (row locks, an advisory lock, idempotent writes).

export type WorkerOptions = {
  /** How often counted views are folded into the counters. */
  viewFoldMs?: number;
  /** The longest the scheduler sleeps without a due post or a notification. */
  schedulerMaxSleepMs?: number;
  sitemapRefreshMs?: number;
  /** How often the most-read ranking is recomputed from the daily view rows. */
  mostReadMs?: number;
  /** The longest the IndexNow sender sleeps while nothing is due. */
  indexNowMs?: number;
  /** What the IndexNow sender posts with (tests: a recording stand-in). */
  fetch?: typeof fetch;
  tagCleanupMs?: number;
  /** How often old failed sign-ins, ended sessions and closed view windows are deleted. */
  cleanupMs?: number;
  log?: (message: string) => void;
};

export type Worker = { stop: () => Promise<void>; wakeScheduler: () => void };

/** The worker keeps going when a server cannot be told: its pages expire on their own. */
async function expireTags(names: readonly string[]): Promise<void> {
  await expireTagsOutsideNext(names).catch((error: unknown) => console.error(`worker: ${(error as Error).message}`));
}

/** Publishes what is due, expires what readers see of it; returns how many were published. */
export async function publishDue(now: Date = new Date()): Promise<number> {
  const published = await publishDueArticles(now);
  for (const item of published) {
    await expireTags(articleChangeTags({ id: item.id, boardSlug: item.boardSlug, scheduleDates: item.scheduleDates, authorId: item.authorId }));
  }
  return published.length;
}

/** Recomputes the most-read ranking; expires the block where readers would see a change. */
export async function refreshMostReadRanking(now: Date = new Date()): Promise<boolean> {
  const changed = await refreshMostRead(now);
  if (changed) await expireTags([tags.mostRead]);
  return changed;
}

/** Refreshes the article sitemaps' newest-edit table; expires the sitemap index when it changed. */
export async function refreshSitemaps(): Promise<boolean> {
  const changed = await refreshSitemapChunks();
  if (changed) await expireTags([tags.sitemapChunks]);
  return changed;
}

export type CleanupCounts = { failedLogins: number; sessions: number; viewWindows: number };

/** Deletes rows that can no longer matter: failed sign-ins past the throttling window, sessions
 * ended over a month ago, view windows that have closed. Safe to run on several workers at once. */
export async function cleanUp(now: Date = new Date()): Promise<CleanupCounts> {
  const [failedLogins, sessions, viewWindows] = await Promise.all([forgetOldFailures(now), forgetEndedSessions(now), forgetViewWindows(now)]);
  return { failedLogins, sessions, viewWindows };
}

/** Listens for "a post was scheduled" so the scheduler re-times at once; reconnects by itself. */
function listenForSchedules(onNotify: () => void, log: (message: string) => void): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl() });
    next.on("notification", onNotify);
    next.on("error", () => {
      client = null;
      void next.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), 2_000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${SCHEDULE_CHANNEL}`);
      client = next;
      // Anything scheduled while we were not listening.
      onNotify();
    } catch (error) {
      log(`worker: cannot listen for schedules (${(error as Error).message}); retrying`);
      void next.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), 2_000);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}

type Log = (message: string) => void;

function schedulerJob(options: WorkerOptions, log: Log): Job {
  const maxSleep = options.schedulerMaxSleepMs ?? 5_000;
  return repeat("scheduled publishing", log, async () => {
    while ((await publishDue()) > 0);
    const next = await nextScheduledAt();
    // Wake exactly at the next due time (or soon, to notice schedules made while disconnected).
    return next ? Math.min(maxSleep, Math.max(0, next.getTime() - Date.now())) : maxSleep;
  });
}

function readershipJobs(options: WorkerOptions, log: Log): Job[] {
  const views: Job = repeat("view counts", log, async () => {
    // Keep folding while a batch comes back full.
    while ((await foldViewEvents()) >= 50_000);
    return options.viewFoldMs ?? 1_000;
  });
  const mostRead: Job = repeat("most-read ranking", log, async () => {
    await refreshMostReadRanking();
    return options.mostReadMs ?? 60_000;
  });
  return [views, mostRead];
}

function searchEngineJobs(options: WorkerOptions, log: Log): Job[] {
  const indexNow: Job = repeat("indexnow", log, async () => {
    const maxSleep = options.indexNowMs ?? 2_000;
    const { posts } = await drainIndexNow({ log, fetch: options.fetch });
    // Nothing sent (nothing due, or no key yet): poll again later, never spin.
    if (posts === 0) return maxSleep;
    const next = await nextIndexNowAt();
    return next ? Math.min(maxSleep, Math.max(0, next.getTime() - Date.now())) : maxSleep;
  });
  const sitemaps: Job = repeat("sitemap refresh", log, async () => {
    await refreshSitemaps();
    return options.sitemapRefreshMs ?? 10 * 60_000;
  });
  return [indexNow, sitemaps];
}

function maintenanceJobs(options: WorkerOptions, log: Log): { cleanup: Job; tagCleanup: Job | null } {
  const tagCleanup: Job | null = env().REDIS_URL
    ? repeat("cache tag cleanup", log, async () => {
        // Entries live at most LIFETIMES.maxEntry: older invalidation times can no longer matter.
        const removed = await sharedCacheStore().forgetOldTags(Date.now() - (LIFETIMES.maxEntry + 3_600) * 1000);
        if (removed > 0) log(`worker: forgot ${removed} old cache tag times`);
        return options.tagCleanupMs ?? 60 * 60_000;
      })
    : null;
  const cleanup: Job = repeat("cleanup", log, async () => {
    const removed = await cleanUp();
    const total = removed.failedLogins + removed.sessions + removed.viewWindows;
    if (total > 0) log(`worker: deleted ${removed.failedLogins} old failed sign-ins, ${removed.sessions} ended sessions, ${removed.viewWindows} closed view windows`);
    return options.cleanupMs ?? 10 * 60_000;
  });
  return { cleanup, tagCleanup };
}

export function startWorker(options: WorkerOptions = {}): Worker {
  const log = options.log ?? ((message: string) => console.log(message));
  const scheduler = schedulerJob(options, log);
  const readership = readershipJobs(options, log);
  const searchEngines = searchEngineJobs(options, log);
  const { cleanup, tagCleanup } = maintenanceJobs(options, log);

  const stopListening = listenForSchedules(() => scheduler.wake(), log);
  const jobs = [scheduler, ...readership, ...searchEngines, cleanup, ...(tagCleanup ? [tagCleanup] : [])];

  return {
    wakeScheduler: () => scheduler.wake(),
    async stop() {
      await stopListening();
      await Promise.all(jobs.map((job) => job.stop()));
      // Whatever was counted up to now goes into the counters before we leave.
      await foldViewEvents().catch((error: unknown) => log(`worker: last view fold failed: ${(error as Error).message}`));
    },
  };
}

/** One pass of a job, for `npm run worker -- --once <job>` (an operator's "now", and tests). */
export const ONCE_JOBS: Record<string, () => Promise<unknown>> = {
  publish: () => publishDue(),
  views: async () => {
    let folded = 0;
    for (let batch = await foldViewEvents(); batch > 0; batch = await foldViewEvents()) folded += batch;
    return folded;
  },
  "most-read": () => refreshMostReadRanking(),
  sitemaps: () => refreshSitemaps(),
  cleanup: () => cleanUp(),
};

/** Closes what the worker holds, after stop(). */
export async function closeWorkerResources(): Promise<void> {
  await Promise.allSettled([prisma.$disconnect(), env().REDIS_URL ? sharedCacheStore().close() : Promise.resolve()]);
}

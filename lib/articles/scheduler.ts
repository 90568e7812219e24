import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { invalidateArticleChange, type ArticleChange } from "@/lib/cache/invalidate";
import { nextScheduledAt, onScheduleChanged, publishDueArticles } from "@/lib/articles/service";

// Publishes scheduled articles on time. One timer per server process, started from
// instrumentation.ts: it runs once at start (catching posts whose time passed while the server
// was down), then sleeps until the next known due time, at most MAX_SLEEP_MS so that posts
// scheduled through another server are still picked up promptly. Several servers may run it:
// publishDueArticles skips rows another one holds and re-checks the status.

const MAX_SLEEP_MS = 5_000;
const MIN_SLEEP_MS = 200;

type SchedulerState = {
  timer: NodeJS.Timeout | null;
  running: boolean;
  rerun: boolean;
  stopped: boolean;
  /** Runs a callback in the (request-free) async context the scheduler was started in. */
  outside: <R>(fn: () => R) => R;
};
const globalState = globalThis as unknown as { __articleScheduler?: SchedulerState };

/**
 * Cache invalidation outside a request: revalidateTag needs Next's per-request work store, which
 * a timer doesn't have. We give it a minimal one bound to the server's incremental cache and
 * flush the collected tags ourselves, exactly as Next does at the end of a server action.
 */
async function invalidateInBackground(change: ArticleChange): Promise<void> {
  const incrementalCache = (globalThis as unknown as { __incrementalCache?: unknown }).__incrementalCache;
  if (!incrementalCache) return; // No request served yet: nothing is cached in this process.
  const { workAsyncStorage } = await import("next/dist/server/app-render/work-async-storage.external.js");
  const { executeRevalidates } = await import("next/dist/server/revalidation-utils.js");
  const store = {
    page: "/_scheduler/route",
    route: "/_scheduler",
    incrementalCache,
    cacheLifeProfiles: {},
    pendingRevalidatedTags: [],
    pendingRevalidates: {},
    pendingRevalidateWrites: [],
  } as unknown as Parameters<typeof executeRevalidates>[0];
  const { workUnitAsyncStorage } = await import("next/dist/server/app-render/work-unit-async-storage.external.js");
  // Never inside some request's render scope (revalidateTag refuses to run there).
  workUnitAsyncStorage.exit(() => workAsyncStorage.run(store, () => invalidateArticleChange(change)));
  await executeRevalidates(store);
}

/** One pass: publish what is due, invalidate, and return when to look again. */
export async function runSchedulerOnce(now: Date = new Date()): Promise<number> {
  const published = await publishDueArticles(now);
  for (const item of published) {
    await invalidateInBackground({ id: item.id, boardSlug: item.boardSlug, scheduleDates: item.scheduleDates }).catch((error: unknown) =>
      console.error("scheduler invalidation failed", error),
    );
  }
  if (published.length > 0) console.info(`scheduler: published ${published.map((p) => p.id).join(", ")}`);
  return published.length;
}

async function tick(state: SchedulerState): Promise<void> {
  if (state.stopped) return;
  if (state.running) {
    state.rerun = true;
    return;
  }
  state.running = true;
  let delay = MAX_SLEEP_MS;
  try {
    let published: number;
    do {
      state.rerun = false;
      published = await runSchedulerOnce();
    } while ((published > 0 || state.rerun) && !state.stopped);
    const next = await nextScheduledAt();
    if (next) delay = Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, next.getTime() - Date.now()));
  } catch (error) {
    console.error("scheduler pass failed", error);
  } finally {
    state.running = false;
  }
  arm(state, delay);
}

function arm(state: SchedulerState, delay: number): void {
  if (state.stopped) return;
  if (state.timer) clearTimeout(state.timer);
  // A wake-up comes from inside a server action; timers inherit the caller's async context, so
  // the next pass is sent back to the scheduler's own context.
  state.timer = setTimeout(() => state.outside(() => void tick(state)), delay);
  // Never keep a process alive just for the scheduler.
  state.timer.unref();
}

/** Starts the scheduler once per process (hot reloads and repeated calls are no-ops). */
export function startArticleScheduler(): void {
  if (globalState.__articleScheduler && !globalState.__articleScheduler.stopped) return;
  const state: SchedulerState = { timer: null, running: false, rerun: false, stopped: false, outside: AsyncLocalStorage.snapshot() };
  globalState.__articleScheduler = state;
  onScheduleChanged(() => arm(state, MIN_SLEEP_MS));
  void tick(state);
}

export function stopArticleScheduler(): void {
  const state = globalState.__articleScheduler;
  if (!state) return;
  state.stopped = true;
  if (state.timer) clearTimeout(state.timer);
  onScheduleChanged(null);
}

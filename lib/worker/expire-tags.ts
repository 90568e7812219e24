import { INTERNAL_EXPIRE_PATH, internalExpireToken } from "@/lib/cache/internal-expire";
import { sharedCacheStore } from "@/lib/cache/store.mjs";

// How work done outside Next (the worker) makes the web tier's cached pages stale. With Redis,
// it writes the tag times straight into the shared store, exactly as the servers' own
// revalidateTag does. Without Redis (one `npm start` server, its cache in its memory), it asks
// that server through an authenticated internal route.

const ATTEMPTS = 5;

let warnedNoTarget = false;

async function postToServer(base: string, tags: readonly string[]): Promise<void> {
  let delay = 200;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(new URL(INTERNAL_EXPIRE_PATH, base), {
        method: "POST",
        headers: { authorization: `Bearer ${internalExpireToken()}`, "content-type": "application/json" },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(2_000),
      });
      if (response.ok) return;
      throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        // A server that stayed down this long lost its in-memory cache anyway.
        console.error(`worker: could not expire cache tags on ${base}: ${(error as Error).message}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}

/** Expires `tags` for every web server. */
export async function expireTagsFromWorker(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  if (process.env.REDIS_URL) {
    await sharedCacheStore().expireTags(tags);
    return;
  }
  const base = process.env.WEB_SERVER_URL;
  if (!base) {
    if (!warnedNoTarget) console.error("worker: neither REDIS_URL nor WEB_SERVER_URL is set; cached pages will only catch up on their own expiry");
    warnedNoTarget = true;
    return;
  }
  await postToServer(base, tags);
}

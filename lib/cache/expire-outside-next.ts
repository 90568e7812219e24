import { purgeEdges } from "@/lib/cache/edge-purge";
import { INTERNAL_EXPIRE_PATH, internalExpireToken } from "@/lib/cache/internal-expire";
import { sharedCacheStore } from "@/lib/cache/store.mjs";
import { env } from "@/lib/env";

// How work done outside Next (the worker, an import) makes the web tier's cached pages stale.
// With Redis, it writes the tag times straight into the shared store, exactly as the servers'
// own revalidateTag does. Without Redis (one `npm start` server, its cache in its memory), it
// asks that server through an authenticated internal route.

const ATTEMPTS = 5;

let warnedNoTarget = false;

async function postToServer(base: string, tags: readonly string[]): Promise<void> {
  // The route takes at most 1,000 tags a request.
  if (tags.length > 1_000) {
    for (let i = 0; i < tags.length; i += 1_000) await postToServer(base, tags.slice(i, i + 1_000));
    return;
  }
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
        throw new Error(`could not expire cache tags on ${base}: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}

/**
 * Expires `tags` for every web server: in Redis when REDIS_URL is set, else on the one server at
 * `webServerUrl`. Returns false when neither is known (pages catch up on their own expiry).
 * Throws when the server could not be reached after a few tries.
 */
export async function expireTagsOutsideNext(tags: readonly string[], webServerUrl = env().WEB_SERVER_URL): Promise<boolean> {
  if (tags.length === 0) return true;
  if (env().REDIS_URL) {
    await sharedCacheStore().expireTags(tags);
    await purgeEdges(tags);
    return true;
  }
  if (!webServerUrl) {
    if (!warnedNoTarget) console.error("neither REDIS_URL nor WEB_SERVER_URL is set; cached pages will only catch up on their own expiry");
    warnedNoTarget = true;
    return false;
  }
  await postToServer(webServerUrl, tags);
  return true;
}

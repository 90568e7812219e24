import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { NO_STORE_TAG } from "@/lib/cache/tags";

// Marks the page being rendered as "serve, don't store" (see NO_STORE_TAG). It works through
// Next's documented behaviour that a cached read's tags become the page's tags; the read itself
// returns null, which the cache handler never stores either.
const marker = cachedQuery(async (): Promise<null> => null, ["no-store-marker"], { tags: [NO_STORE_TAG] });

export async function keepOutOfCache(): Promise<void> {
  await marker();
}

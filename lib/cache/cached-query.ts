import "server-only";
import { unstable_cache } from "next/cache";
import { LIFETIMES } from "@/lib/cache/lifetimes.mjs";

// The one way the site caches a data read: Next's unstable_cache (kept in the shared store by
// lib/cache/handler.mjs), tags from lib/cache/tags.ts, a lifetime from lib/cache/lifetimes.mjs.
// unstable_cache keeps a result as JSON, where a Date turns into a string (only on a hit: the
// miss that stored it returns the original), so results are stored with their Dates tagged and
// revived on the way out. Callers get what their loader returned, Dates as Dates, every time.

export type CachedQueryOptions = {
  /** Named tags (lib/cache/tags.ts) whose expiry makes this read stale. */
  tags: readonly string[];
  /** Seconds the entry lives when no tag expires it (default: LIFETIMES.safetyNet). */
  lifetime?: number;
};

/**
 * `load`, cached under `key` plus its arguments. The key must name this read alone (Next's key
 * is the key parts and the JSON of the arguments). A result of null is never stored
 * (lib/cache/handler.mjs): unknown ids do not fill the cache.
 */
export function cachedQuery<Args extends unknown[], T>(
  load: (...args: Args) => Promise<T>,
  key: readonly string[],
  { tags, lifetime = LIFETIMES.safetyNet }: CachedQueryOptions,
): (...args: Args) => Promise<T> {
  const cached = unstable_cache(async (...args: Args) => toCacheJson(await load(...args)), [...key], { tags: [...tags], revalidate: lifetime });
  return async (...args: Args) => fromCacheJson(await cached(...args)) as T;
}

// A Date is stored as { "$date": "<ISO-8601>" }; a plain object of that one key is reserved.
const DATE_KEY = "$date";

export type CacheJson = null | boolean | number | string | undefined | CacheJson[] | { [key: string]: CacheJson };

/** `value` as JSON-safe data with its Dates tagged. Throws on what JSON would silently mangle. */
export function toCacheJson(value: unknown): CacheJson {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError("cachedQuery: cannot cache an invalid Date");
    return { [DATE_KEY]: value.toISOString() };
  }
  if (Array.isArray(value)) return value.map(toCacheJson);
  if (value === null || value === undefined || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value !== "object") throw new TypeError(`cachedQuery: cannot cache a ${typeof value}`);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`cachedQuery: cannot cache a ${value.constructor?.name ?? "class instance"}; return plain objects`);
  }
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === DATE_KEY) throw new TypeError(`cachedQuery: an object whose only key is "${DATE_KEY}" is reserved`);
  // fromEntries defines properties, so a key named "__proto__" stays data.
  return Object.fromEntries(keys.map((key) => [key, toCacheJson((value as Record<string, unknown>)[key])]));
}

/** The inverse of toCacheJson, for its output after a JSON round trip (or none). */
export function fromCacheJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromCacheJson);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const tagged = record[DATE_KEY];
  if (keys.length === 1 && typeof tagged === "string") return new Date(tagged);
  return Object.fromEntries(keys.map((key) => [key, fromCacheJson(record[key])]));
}

// @ts-check
// Next's cache handler (next.config.ts `cacheHandler`): full-route entries (pages, route
// responses) and data-cache entries (`unstable_cache`), kept in the shared store of
// ./store.mjs. Next creates an instance per request; the store, one Redis connection, is
// per process. Only Next's documented handler interface is used (get, set, revalidateTag,
// resetRequestCache), with the entry shapes its docs describe.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { LIFETIMES } from "./lifetimes.mjs";
import { sharedCacheStore } from "./store.mjs";

const TAGS_HEADER = "x-next-cache-tags";
/** lib/cache/tags.ts NO_STORE_TAG: a page that collected it is never stored. */
const NO_STORE_TAG = "_no-store";
/** No render takes longer: a read older than this did not start the render being stored. */
const RENDER_WINDOW_MS = 60_000;

/**
 * When this process last read each key, so the entry a render stores is dated from before the
 * render began (see store.mjs). A miss starts a render; a hit may start a background
 * regeneration. In-flight bookkeeping only: losing it costs nothing but the entry being dated
 * at its write, as in any cache.
 * @type {LRUCache<string, { time: number, miss: boolean }>}
 */
const reads = new LRUCache({ max: 10_000 });

/**
 * @param {string} key
 * @param {number} time
 * @param {boolean} miss
 */
function rememberRead(key, time, miss) {
  const earlier = reads.get(key);
  // While a render started by a miss is in flight, its (earlier) start time is what counts.
  if (earlier?.miss && time - earlier.time < RENDER_WINDOW_MS) return;
  reads.set(key, { time, miss });
}

/**
 * @param {string} key
 * @returns {number | null}
 */
function takeRead(key) {
  const read = reads.get(key);
  reads.delete(key);
  return read === undefined ? null : read.time;
}

/** @type {string | undefined} */
let buildId;

/**
 * The id of the build this server runs (`.next/BUILD_ID`; next.config.ts makes it the
 * deployment id, unique per build).
 * @param {string | undefined} serverDistDir
 */
function currentBuildId(serverDistDir) {
  if (buildId) return buildId;
  try {
    buildId = readFileSync(path.join(serverDistDir ?? ".next/server", "..", "BUILD_ID"), "utf8").trim();
  } catch {
    // During `next build` the id is not written yet: build-time entries get their own space.
    return "building";
  }
  return buildId;
}

/**
 * @param {unknown} headers
 * @returns {string[]}
 */
function tagsFromHeaders(headers) {
  const value = headers && typeof headers === "object" ? /** @type {Record<string, unknown>} */ (headers)[TAGS_HEADER] : undefined;
  return typeof value === "string" && value ? value.split(",") : [];
}

/**
 * Whether `data` answers "nothing here": storing it would let anyone fill the cache by asking
 * for ids, days or paths that do not exist (every such entry lives up to a day). A data-cache
 * result of null (an unknown article), a page that rendered as 404/410 or that asked to be kept
 * out (NO_STORE_TAG) is served to its requester and forgotten. So is a route handler's 204: it
 * answered an OPTIONS request, and Next's keys for route handlers have no method (stored, every
 * GET of the file would get it).
 * @param {CacheValue} data
 */
function isMiss(data) {
  if (data.kind === "FETCH") {
    const body = /** @type {{ data?: { body?: unknown } }} */ (/** @type {unknown} */ (data)).data?.body;
    return body === undefined || body === "null";
  }
  const status = /** @type {{ status?: unknown }} */ (/** @type {unknown} */ (data)).status;
  if (typeof status === "number" && status >= 400) return true;
  if (data.kind === "APP_ROUTE" && status === 204) return true;
  return tagsFromHeaders(data.headers).includes(NO_STORE_TAG);
}

/**
 * A page as it is stored: its HTML as UTF-8 bytes, and its validator in its headers.
 *
 * The bytes: Next serves a cached page's HTML as it gets it (RenderResult.fromStatic takes a
 * string or a Buffer, as it does for the RSC payload it caches as a Buffer). A string is
 * measured (Buffer.byteLength) and then encoded to UTF-8 on every hit, and a Korean page's HTML
 * is a two-byte string, so that was two passes over ~200 KB per request: the largest cost of an
 * article hit left at the origin (article and home pages went from ~0.5–0.7 to ~1.0 of
 * `/robots.txt`'s req/s here). Bytes go out as they are, chunked instead of with a
 * Content-Length, and take less room in the store and in each server's copies. If a Next
 * upgrade ever handled a Buffer here differently, every cached page would break at once: the
 * e2e and topology suites read cached pages throughout.
 *
 * The validator, computed once here and sent from the entry's headers on every hit (Next sends
 * a stored page's headers as they are): next.config.ts turns off Next's own ETag, a JavaScript
 * hash of the whole document on every request, a fifth of an article hit's time at the origin.
 * The HTML carries the page's flight data, so it changes whenever the RSC payload does; both go
 * into the hash all the same.
 * @param {CacheValue} data
 */
function storedPage(data) {
  if (data.kind !== "APP_PAGE") return data;
  const page = /** @type {{ html?: unknown, rscData?: unknown }} */ (/** @type {unknown} */ (data));
  if (typeof page.html !== "string") return data;
  const html = Buffer.from(page.html, "utf8");
  const hash = createHash("sha1").update(html);
  if (Buffer.isBuffer(page.rscData)) hash.update(page.rscData);
  const etag = `"${hash.digest("base64url").slice(0, 22)}"`;
  return { ...data, html, headers: { ...(/** @type {object | undefined} */ (data.headers)), etag } };
}

/**
 * How far past its route's `revalidate` a stored page may stay fresh, as a fraction of it.
 * Pages rendered together (after a deploy, a cache flush, the bench) would otherwise fall stale
 * in the same second, and their re-renders, one per page per server, would pile up on the
 * database while readers wait: measured here, 240 article pages stale at once cut a server's
 * cached throughput from ~430 to 50–90 req/s for 15 s. Spread over a sixth of the lifetime,
 * the same re-renders arrive as a trickle. Next reads an entry's lifetime from the entry.
 */
const REVALIDATE_SPREAD = 1 / 6;

/**
 * @param {SetContext["cacheControl"]} cacheControl
 * @param {() => number} [random]
 */
export function spreadRevalidate(cacheControl, random = Math.random) {
  const revalidate = cacheControl?.revalidate;
  if (!cacheControl || typeof revalidate !== "number" || revalidate <= 0) return cacheControl;
  const spread = Math.floor(revalidate * REVALIDATE_SPREAD * random());
  const expire = cacheControl.expire;
  const latest = typeof expire === "number" ? Math.max(revalidate, expire - 1) : Number.POSITIVE_INFINITY;
  return { ...cacheControl, revalidate: Math.min(revalidate + spread, latest) };
}

/**
 * The background regenerations one server runs at once: a stale page read by a reader is served
 * as it is and re-rendered behind it (stale-while-revalidate), and nothing else bounds how many
 * of those start together. Pages rendered together fall stale together (after a deploy, a cache
 * flush, a busy hour's first reads); read at once, each started its own render, measured here:
 * 240 stale article pages took a server from ~430 to 48–92 req/s for 15 s, and the renders timed
 * out waiting for the database pool (DATABASE_POOL_SIZE, 10). Past the limit a stale page is
 * served as still fresh, until a render ends: the next read of it starts its own. Pages past
 * their `expire`, and misses, still render at once (a reader is waiting for them).
 */
export class Regenerations {
  /**
   * @param {number} limit at most this many at once
   * @param {number} windowMs a regeneration not stored by then is taken as ended (its render
   *   failed, or rendered a miss, which is not stored)
   * @param {() => number} [clock]
   */
  constructor(limit, windowMs, clock = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.clock = clock;
    /** @type {Map<string, number>} key → when its regeneration started */
    this.running = new Map();
  }

  /**
   * Whether a stale read of `key` may start its regeneration now (then counted as running).
   * @param {string} key
   */
  tryStart(key) {
    const now = this.clock();
    for (const [running, started] of this.running) if (now - started > this.windowMs) this.running.delete(running);
    if (this.running.has(key)) return true;
    if (this.running.size >= this.limit) return false;
    this.running.set(key, now);
    return true;
  }

  /** @param {string} key */
  end(key) {
    this.running.delete(key);
  }
}

/**
 * Four with the default pool of ten: re-renders take at most two fifths of the server's database
 * connections, leaving the rest to misses, editors and view beacons. Read here, not through
 * lib/env.ts (TypeScript, which Next does not compile for this file); validated there at start.
 */
export const REGENERATION_LIMIT = Math.max(1, Math.floor(Number(process.env.DATABASE_POOL_SIZE || 10) * 0.4));
const regenerations = new Regenerations(REGENERATION_LIMIT, 30_000);

/**
 * The entry as Next will judge it: stale by time (past its `revalidate`, not past its `expire`),
 * and, when this server already runs its limit of regenerations, dated so that Next serves it
 * as fresh now and judges it again at the next read. Next computes staleness from the entry's
 * own lifetime and `lastModified` (with this server's clock, as here).
 * @param {Regenerations} running
 * @param {string} key
 * @param {{ value: CacheValue, cacheControl?: SetContext["cacheControl"] }} stored
 * @param {number} lastModified
 * @param {number} [now]
 */
export function gateRegeneration(running, key, stored, lastModified, now = Date.now()) {
  const revalidate = stored.cacheControl?.revalidate;
  const expire = stored.cacheControl?.expire;
  const kind = stored.value.kind;
  if ((kind !== "APP_PAGE" && kind !== "APP_ROUTE") || typeof revalidate !== "number") return lastModified;
  const stale = lastModified + revalidate * 1000 < now;
  const pastExpiry = typeof expire === "number" && lastModified + expire * 1000 < now;
  if (!stale || pastExpiry || running.tryStart(key)) return lastModified;
  return now - revalidate * 1000 + 1_000;
}

/**
 * @typedef {{ kind: string, tags?: string[], softTags?: string[] }} GetContext
 * @typedef {{ fetchCache?: boolean, tags?: string[], cacheControl?: { revalidate?: number | false, expire?: number } }} SetContext
 * @typedef {{ kind: string, headers?: unknown, tags?: string[], status?: number }} CacheValue
 */

export default class CacheHandler {
  /** @param {{ serverDistDir?: string }} context */
  constructor(context) {
    this.buildId = currentBuildId(context.serverDistDir);
  }

  /**
   * @param {string} key
   * @param {GetContext} context
   */
  async get(key, context) {
    if (context.kind === "IMAGE") return null;
    const storeKey = `${this.buildId}:${key}`;
    // Data-cache entries are checked against the tags the caller knows as well as their own.
    const extraTags = context.kind === "FETCH" ? [...(context.tags ?? []), ...(context.softTags ?? [])] : [];
    const { now, entry } = await sharedCacheStore().read(storeKey, extraTags);
    rememberRead(storeKey, now, entry === null);
    if (!entry) return null;
    const stored = /** @type {{ value: CacheValue, cacheControl?: SetContext["cacheControl"] }} */ (entry.value);
    return { lastModified: gateRegeneration(regenerations, storeKey, stored, entry.lastModified), value: stored.value, cacheControl: stored.cacheControl };
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} data
   * @param {SetContext} context
   */
  async set(key, data, context) {
    const storeKey = `${this.buildId}:${key}`;
    try {
      // Nothing is stored for a miss (a 404 page, a null read): random URLs must not fill the cache.
      if (!data || data.kind === "IMAGE" || isMiss(data)) return;
      const tags = data.kind === "FETCH" ? [...new Set([...(context.tags ?? []), ...(data.tags ?? [])])] : tagsFromHeaders(data.headers);
      const expire = context.cacheControl?.expire;
      const ttl = typeof expire === "number" && expire > 0 ? Math.min(expire, LIFETIMES.maxEntry) : LIFETIMES.maxEntry;
      const cacheControl = data.kind === "FETCH" ? context.cacheControl : spreadRevalidate(context.cacheControl);
      await sharedCacheStore().write(storeKey, { value: storedPage(data), cacheControl }, tags, takeRead(storeKey), ttl);
    } finally {
      // Stored (or not, for a miss): a regeneration of this key has ended.
      regenerations.end(storeKey);
    }
  }

  /**
   * Every invalidation expires at once: the site never serves a page after its data changed
   * (`durations`, Next's stale-while-revalidate profiles, are deliberately not honoured).
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    await sharedCacheStore().expireTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}

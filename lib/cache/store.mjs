// @ts-check
// The shared cache: rendered pages, route responses and data-cache entries, and the times their
// tags were invalidated. In Redis when REDIS_URL is set (every server and the worker share it);
// otherwise in this process's memory (one `npm start` server). Plain JavaScript because Next
// loads the cache handler (./handler.mjs) at run time without compiling it; type-checked from
// the JSDoc. Used by the handler and by the worker, never through Next's private modules.
//
// Correctness rules, each against a known way shared caches go wrong:
// - An entry is valid only if none of its tags was invalidated at or after the entry's time, and
//   that check runs inside Redis on every read (one round trip, a Lua script): no server relies
//   on its own memory of invalidations, so a publish on one server reaches all of them at once.
// - All times come from one clock (Redis's `TIME`), so servers with skewed clocks agree.
// - An entry's time is when its render *started* (the read that missed), not when it was
//   stored: a publish that lands during a render expires what that render produces.
// - Keys carry the build id, so two builds running side by side (a rolling deploy) never serve
//   each other's pages; tag times are shared by all builds, since they describe the data.
// - Redis unreachable → every read is a miss and every write is dropped, fast (no offline queue,
//   short command timeouts), logged once per outage; invalidations that could not be written
//   are replayed when Redis is back (or, if too many piled up, everything is expired at once).
import { randomBytes } from "node:crypto";
import v8 from "node:v8";
import { LRUCache } from "lru-cache";
import { createClient, RESP_TYPES } from "redis";
import { LIFETIMES } from "./lifetimes.mjs";

/** A tag every entry carries implicitly: expiring it expires everything. */
export const ALL_TAG = "*";
// Read here, not through lib/env.ts (TypeScript, which Next does not compile for this file); the
// schema there validates these at the server's start.
const DEFAULT_KEY_PREFIX = process.env.CACHE_KEY_PREFIX ?? "ln:";
const COMMAND_TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS ?? 500);
const MAX_PENDING_TAGS = 10_000;
const DEFAULT_LOCAL_COPY_BYTES = Number(process.env.CACHE_LOCAL_COPY_BYTES ?? 64 * 1024 * 1024);

/**
 * Keys given to a store are `{build id}:{Next's key}`; the store adds its prefix.
 * @typedef {{ value: unknown, lastModified: number }} StoredEntry
 * @typedef {{ hit: number, miss: number, expired: number }} CacheStats
 * @typedef {{ now: number, entry: StoredEntry | null }} ReadResult
 * @typedef {{
 *   kind: "redis" | "memory",
 *   read(key: string, extraTags: readonly string[]): Promise<ReadResult>,
 *   write(key: string, value: unknown, tags: readonly string[], lastModified: number | null, ttlSeconds: number): Promise<void>,
 *   expireTags(tags: readonly string[]): Promise<void>,
 *   forgetOldTags(olderThanMs: number): Promise<number>,
 *   stats(): Promise<CacheStats>,
 *   close(): Promise<void>,
 * }} CacheStore
 */

/**
 * Milliseconds since the epoch from Redis's clock, to the microsecond (`%.3f`): an invalidation
 * and a read in the same millisecond still come out in the order Redis ran them.
 */
const LUA_NOW = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000";

// KEYS: entry, tags hash, stats hash. ARGV: the version of the entry the caller holds a copy of
// ('' for none), then the tags the caller knows (data-cache tags, soft tags, "*"). Returns
// { now } on a miss or an expired entry; { now, lastModified, version } when the entry is valid
// and is the caller's copy; else { now, lastModified, version, value }. Counts hits, misses and
// expired entries in the stats hash (`redis-cli HGETALL ln:stats`).
const READ_SCRIPT = `${LUA_NOW}
local e = redis.call('HMGET', KEYS[1], 'm', 't', 'n')
local nowText = string.format('%.3f', now)
if not e[1] then
  redis.call('HINCRBY', KEYS[3], 'miss', 1)
  return { nowText }
end
local tags = {}
for i = 2, #ARGV do tags[#tags + 1] = ARGV[i] end
for tag in string.gmatch(e[2] or '', '[^,]+') do tags[#tags + 1] = tag end
local m = tonumber(e[1]) or 0
if #tags > 0 then
  local stamps = redis.call('HMGET', KEYS[2], unpack(tags))
  for i = 1, #stamps do
    local s = tonumber(stamps[i])
    if s and s >= m then
      redis.call('HINCRBY', KEYS[3], 'expired', 1)
      return { nowText }
    end
  end
end
redis.call('HINCRBY', KEYS[3], 'hit', 1)
local version = e[3] or ''
if ARGV[1] ~= '' and version == ARGV[1] then return { nowText, e[1], version } end
return { nowText, e[1], version, redis.call('HGET', KEYS[1], 'v') }`;

// KEYS: entry. ARGV: value, lastModified ('' = now), tags (comma-separated), ttl seconds, version.
const WRITE_SCRIPT = `${LUA_NOW}
local m = ARGV[2]
if m == '' then m = string.format('%.3f', now) end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'm', m, 't', ARGV[3], 'n', ARGV[5])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return m`;

// KEYS: tags hash. ARGV: tags. Every tag gets the current time.
const EXPIRE_SCRIPT = `${LUA_NOW}
local nowText = string.format('%.3f', now)
for i = 1, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], nowText) end
return nowText`;

/** @param {unknown} value */
function encode(value) {
  return v8.serialize(value);
}

/** @param {Buffer} bytes */
function decode(bytes) {
  return v8.deserialize(bytes);
}

/** @param {readonly string[]} tags */
function joinTags(tags) {
  // Tags are ours or Next's (paths); a comma inside one would split it, so it is escaped.
  return tags.map((tag) => tag.replaceAll(",", "%2C")).join(",");
}

/**
 * @param {unknown} reply
 * @returns {string}
 */
function text(reply) {
  return Buffer.isBuffer(reply) ? reply.toString("utf8") : String(reply);
}

/** @param {string} url */
function createRedisClient(url) {
  return createClient({
    url,
    // Fail fast while disconnected instead of queueing: a read becomes a miss, not a hang.
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** Math.min(retries, 5), 2_000),
    },
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
}

/**
 * This process's copies of entries it read (their serialized bytes), each under the version
 * Redis holds it by. Only a read can use one, and only when Redis, in the same round trip that
 * checks the entry's tags, answers that the stored entry is still that version: a copy saves
 * moving a page through Redis (~170 KB for an article; reading that reply was most of a cache
 * hit's own cost), never the check, so a publish on any server is seen at once exactly as
 * without copies. Bounded by size, least recently read out first, one page taking an eighth of
 * the room at most (so a few large ones cannot empty it); 0 turns copies off. Bytes rather than
 * decoded values: each hit decodes its own value, as without copies, so nothing Next does with
 * one request's entry reaches another's (measured when the HTML was still a string, decoded
 * copies were no faster at twice the memory).
 * @param {number} maxBytes
 * @returns {LRUCache<string, { version: string, bytes: Buffer }> | null}
 */
function localCopies(maxBytes) {
  if (!(maxBytes > 0)) return null;
  return new LRUCache({ maxSize: maxBytes, maxEntrySize: maxBytes / 8, sizeCalculation: (copy) => Math.max(1, copy.bytes.length) });
}

/**
 * Runs Lua scripts by sha1, loading each on first use (and again after a NOSCRIPT reply).
 * @param {ReturnType<typeof createRedisClient>} client
 */
function scriptRunner(client) {
  /** @type {Map<string, string>} script → sha1 */
  const shas = new Map();
  /**
   * @param {string} script
   * @param {string[]} keys
   * @param {Array<string | Buffer>} args
   * @returns {Promise<unknown>}
   */
  return async function run(script, keys, args) {
    const sha = shas.get(script);
    if (sha) {
      try {
        return await client.sendCommand(["EVALSHA", sha, String(keys.length), ...keys, ...args]);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      }
    }
    const loaded = text(await client.sendCommand(["SCRIPT", "LOAD", script]));
    shas.set(script, loaded);
    return client.sendCommand(["EVALSHA", loaded, String(keys.length), ...keys, ...args]);
  };
}

/**
 * Long by nature: a factory whose body is the CacheStore methods (each short), which share
 * the client, its up/down state and the tags waiting to be replayed after an outage.
 * @param {string} url
 * @param {{ log?: (message: string) => void, prefix?: string, localCopyBytes?: number }} [options]
 * @returns {CacheStore}
 */
// eslint-disable-next-line max-lines-per-function -- a factory of short methods sharing one client's state (above)
export function createRedisStore(url, options = {}) {
  const log = options.log ?? ((message) => console.error(message));
  const prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  const tagsKey = `${prefix}tags`;
  const statsKey = `${prefix}stats`;
  /** @param {string} key */
  const entryKey = (key) => `${prefix}e:${key}`;
  const client = createRedisClient(url);
  const run = scriptRunner(client);
  const copies = localCopies(options.localCopyBytes ?? DEFAULT_LOCAL_COPY_BYTES);

  let down = false;
  let closed = false;
  /** @type {Set<string>} */
  const pendingTags = new Set();
  let pendingOverflow = false;

  /** @param {unknown} error */
  const markDown = (error) => {
    if (down || closed) return;
    down = true;
    log(`shared cache: Redis unreachable (${error instanceof Error ? error.message : String(error)}); serving without the cache until it is back`);
  };

  client.on("error", markDown);
  client.on("ready", () => {
    if (down) log("shared cache: Redis is back");
    down = false;
    void replayPendingTags();
  });
  const connecting = client.connect().catch(markDown);
  /** Waits (briefly) for the first connection, so a process's first write is not dropped. */
  const firstConnection = () => Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);

  async function replayPendingTags() {
    if (pendingTags.size === 0 && !pendingOverflow) return;
    const tags = pendingOverflow ? [ALL_TAG] : [...pendingTags];
    pendingTags.clear();
    pendingOverflow = false;
    await store.expireTags(tags);
  }

  /** @type {CacheStore} */
  const store = {
    kind: "redis",
    async read(key, extraTags) {
      if (!client.isReady) await firstConnection();
      if (!client.isReady) return { now: Date.now(), entry: null };
      try {
        const copy = copies?.get(key);
        const reply = /** @type {unknown[]} */ (await run(READ_SCRIPT, [entryKey(key), tagsKey, statsKey], [copy?.version ?? "", ALL_TAG, ...extraTags]));
        const now = Number(text(reply[0]));
        if (reply.length < 3) {
          copies?.delete(key);
          return { now, entry: null };
        }
        const lastModified = Number(text(reply[1]));
        // Three parts: Redis holds the version sent, which is this process's copy.
        if (reply.length === 3) return { now, entry: copy ? { value: decode(copy.bytes), lastModified } : null };
        const bytes = /** @type {Buffer} */ (reply[3]);
        const version = text(reply[2]);
        if (version) copies?.set(key, { version, bytes });
        return { now, entry: { value: decode(bytes), lastModified } };
      } catch (error) {
        markDown(error);
        return { now: Date.now(), entry: null };
      }
    },
    async write(key, value, tags, lastModified, ttlSeconds) {
      if (!client.isReady) await firstConnection();
      if (!client.isReady) return;
      try {
        const ttl = String(Math.max(1, Math.min(LIFETIMES.maxEntry, Math.ceil(ttlSeconds))));
        await run(WRITE_SCRIPT, [entryKey(key)], [encode(value), lastModified === null ? "" : String(lastModified), joinTags(tags), ttl, randomBytes(12).toString("base64url")]);
      } catch (error) {
        markDown(error);
      }
    },
    async expireTags(tags) {
      if (tags.length === 0) return;
      try {
        if (!client.isReady) await firstConnection();
        if (!client.isReady) throw new Error("not connected");
        await run(EXPIRE_SCRIPT, [tagsKey], tags.map((tag) => tag.replaceAll(",", "%2C")));
      } catch (error) {
        markDown(error);
        for (const tag of tags) pendingTags.add(tag);
        if (pendingTags.size > MAX_PENDING_TAGS) {
          pendingTags.clear();
          pendingOverflow = true;
        }
      }
    },
    async forgetOldTags(olderThanMs) {
      if (!client.isReady) await firstConnection();
      if (!client.isReady) return 0;
      let cursor = "0";
      let removed = 0;
      do {
        const reply = /** @type {[Buffer, Buffer[]]} */ (await client.sendCommand(["HSCAN", tagsKey, cursor, "COUNT", "1000"]));
        cursor = text(reply[0]);
        const fields = reply[1];
        const old = [];
        for (let i = 0; i + 1 < fields.length; i += 2) {
          const tag = text(fields[i]);
          if (tag !== ALL_TAG && Number(text(fields[i + 1])) < olderThanMs) old.push(tag);
        }
        if (old.length > 0) removed += Number(await client.sendCommand(["HDEL", tagsKey, ...old]));
      } while (cursor !== "0");
      return removed;
    },
    async stats() {
      if (!client.isReady) await firstConnection();
      if (!client.isReady) return { hit: 0, miss: 0, expired: 0 };
      const reply = /** @type {Buffer[]} */ (await client.sendCommand(["HMGET", statsKey, "hit", "miss", "expired"]));
      const [hit, miss, expired] = reply.map((value) => (value ? Number(text(value)) : 0));
      return { hit: hit ?? 0, miss: miss ?? 0, expired: expired ?? 0 };
    },
    async close() {
      closed = true;
      await connecting;
      if (client.isOpen) await client.close();
    },
  };
  return store;
}

/**
 * One process, no Redis: entries in a least-recently-used map bounded by their serialized size.
 * @param {number} maxBytes
 * @returns {CacheStore}
 */
export function createMemoryStore(maxBytes = Number(process.env.CACHE_MEMORY_BYTES ?? 128 * 1024 * 1024)) {
  /** @typedef {{ bytes: Buffer, lastModified: number, tags: readonly string[], expiresAt: number }} MemoryEntry */
  // Least recently used out first, by serialized size.
  const entries = /** @type {LRUCache<string, MemoryEntry>} */ (
    new LRUCache({ maxSize: maxBytes, sizeCalculation: (/** @type {MemoryEntry} */ entry) => Math.max(1, entry.bytes.length) })
  );
  /** @type {Map<string, number>} */
  const tagTimes = new Map();
  let clock = 0;
  const counts = { hit: 0, miss: 0, expired: 0 };
  // Strictly increasing, so an invalidation and a read in the same millisecond stay ordered.
  const now = () => (clock = Math.max(clock + 1, Date.now()));

  return {
    kind: "memory",
    async read(key, extraTags) {
      const time = now();
      const entry = entries.get(key);
      if (!entry) {
        counts.miss++;
        return { now: time, entry: null };
      }
      const expired = entry.expiresAt <= time || [ALL_TAG, ...extraTags, ...entry.tags].some((tag) => (tagTimes.get(tag) ?? -1) >= entry.lastModified);
      if (expired) {
        counts.expired++;
        entries.delete(key);
        return { now: time, entry: null };
      }
      counts.hit++;
      return { now: time, entry: { value: decode(entry.bytes), lastModified: entry.lastModified } };
    },
    async write(key, value, tags, lastModified, ttlSeconds) {
      const time = now();
      const bytes = encode(value);
      // One entry may take a quarter of the store at most.
      if (bytes.length > maxBytes / 4) return;
      entries.set(key, { bytes, lastModified: lastModified ?? time, tags, expiresAt: time + Math.min(LIFETIMES.maxEntry, ttlSeconds) * 1000 });
    },
    async expireTags(tags) {
      const time = now();
      for (const tag of tags) tagTimes.set(tag, time);
    },
    async forgetOldTags(olderThanMs) {
      let removed = 0;
      for (const [tag, time] of tagTimes) {
        if (time < olderThanMs) {
          tagTimes.delete(tag);
          removed++;
        }
      }
      return removed;
    },
    async stats() {
      return { ...counts };
    },
    async close() {
      entries.clear();
    },
  };
}

/** @type {CacheStore | undefined} */
let shared;

/**
 * This process's store: Redis when REDIS_URL is set, else memory. One per process (one Redis
 * connection), whatever number of handler instances Next creates.
 * @returns {CacheStore}
 */
export function sharedCacheStore() {
  shared ??= process.env.REDIS_URL ? createRedisStore(process.env.REDIS_URL) : createMemoryStore();
  return shared;
}

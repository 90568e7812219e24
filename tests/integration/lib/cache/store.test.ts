import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_TAG, createMemoryStore, createRedisStore, type CacheStore } from "@/lib/cache/store.mjs";
import { startRedisServer, type RedisServer } from "../../../../scripts/services/redis";

// The shared cache against a real Redis (a private redis-server per test file, so stopping it
// hurts nobody), and the in-memory store of a single server, held to the same rules.

let redis: RedisServer;
const stores: CacheStore[] = [];
const logs: string[] = [];

function redisStore(prefix = `t${randomUUID().slice(0, 8)}:`): CacheStore {
  const store = createRedisStore(redis.url, { prefix, log: (message) => logs.push(message) });
  stores.push(store);
  return store;
}

beforeAll(async () => {
  redis = await startRedisServer();
});

/** One command on the test's Redis, outside any store. */
async function raw(command: string[]): Promise<unknown> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    return await client.sendCommand(command);
  } finally {
    await client.close();
  }
}

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await redis.stop();
});

const page = (title: string) => ({ kind: "APP_PAGE", html: `<h1>${title}</h1>`, rscData: Buffer.from(title), segmentData: new Map([["/x", Buffer.from("seg")]]) });

describe.each([
  ["redis", () => redisStore()],
  ["memory", () => createMemoryStore(1024 * 1024)],
] as const)("%s cache store", (_name, make) => {
  it("returns what was written, Buffers and Maps intact", async () => {
    const store = make();
    expect((await store.read("b1:k", [])).entry).toBeNull();
    await store.write("b1:k", page("첫 기사"), ["article:1"], null, 60);
    const { entry } = await store.read("b1:k", []);
    const value = entry?.value as ReturnType<typeof page>;
    expect(value.html).toBe("<h1>첫 기사</h1>");
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect(value.segmentData.get("/x")?.toString()).toBe("seg");
  });

  it("misses once one of the entry's own tags is expired, on a store that never saw the expiry's caller", async () => {
    const store = make();
    await store.write("b1:page", page("a"), ["article:7", "board:news"], null, 60);
    await store.expireTags(["board:other"]);
    expect((await store.read("b1:page", [])).entry).not.toBeNull();
    await store.expireTags(["board:news"]);
    expect((await store.read("b1:page", [])).entry).toBeNull();
  });

  it("checks tags the reader passes (data-cache tags, soft tags) as well", async () => {
    const store = make();
    await store.write("b1:data", { rows: [1] }, [], null, 60);
    expect((await store.read("b1:data", ["feeds"])).entry).not.toBeNull();
    await store.expireTags(["feeds"]);
    expect((await store.read("b1:data", ["feeds"])).entry).toBeNull();
  });

  it("dates an entry from when its render started: a publish during the render expires it", async () => {
    const store = make();
    const { now: renderStart } = await store.read("b1:slow", []);
    await store.expireTags(["articles"]);
    await store.write("b1:slow", page("stale"), ["articles"], renderStart, 60);
    expect((await store.read("b1:slow", [])).entry).toBeNull();
    // A render that starts after the publish is kept. "After" on the store's millisecond clock: a
    // render starting in the publish's own millisecond counts as concurrent (and is expired).
    const { now: publishedBy } = await store.read("b1:slow", []);
    let later = publishedBy;
    await expect.poll(async () => (later = (await store.read("b1:slow", [])).now), { interval: 1 }).toBeGreaterThan(publishedBy);
    await store.write("b1:slow", page("fresh"), ["articles"], later, 60);
    expect((await store.read("b1:slow", [])).entry).not.toBeNull();
  });

  it("expires everything at once through the all-entries tag", async () => {
    const store = make();
    await store.write("b1:one", page("1"), [], null, 60);
    await store.write("b2:two", page("2"), ["x"], null, 60);
    await store.expireTags([ALL_TAG]);
    expect((await store.read("b1:one", [])).entry).toBeNull();
    expect((await store.read("b2:two", [])).entry).toBeNull();
  });

  it("forgets invalidation times older than any entry can be", async () => {
    const store = make();
    await store.expireTags(["old-tag"]);
    expect(await store.forgetOldTags(Date.now() + 60_000)).toBeGreaterThanOrEqual(1);
  });
});

describe("redis cache store", () => {
  it("shares entries and invalidations between servers, and keeps builds apart", async () => {
    const prefix = `shared${randomUUID().slice(0, 8)}:`;
    const serverA = redisStore(prefix);
    const serverB = redisStore(prefix);
    await serverA.write("build-1:/article/5", page("v1"), ["article:5"], null, 60);
    expect((await serverB.read("build-1:/article/5", [])).entry).not.toBeNull();
    expect((await serverB.read("build-2:/article/5", [])).entry).toBeNull();
    await serverB.expireTags(["article:5"]);
    expect((await serverA.read("build-1:/article/5", [])).entry).toBeNull();
  });

  it("serves a server's own copy only while Redis holds that very version, checked on every read", async () => {
    const prefix = `copy${randomUUID().slice(0, 8)}:`;
    const serverA = redisStore(prefix);
    const serverB = redisStore(prefix);
    const html = (store: CacheStore) => store.read("b:/article/7", []).then(({ entry }) => (entry?.value as ReturnType<typeof page> | undefined)?.html ?? null);
    await serverA.write("b:/article/7", page("v1"), ["article:7"], null, 60);
    expect(await html(serverB)).toBe("<h1>v1</h1>");
    // B holds a copy of v1 now; each read still asks Redis, which answers "same version".
    expect(await html(serverB)).toBe("<h1>v1</h1>");

    // A re-render stored by another server replaces the copy at B's next read.
    await serverA.write("b:/article/7", page("v2"), ["article:7"], null, 60);
    expect(await html(serverB)).toBe("<h1>v2</h1>");

    // An invalidation from anywhere wins over the copy, and so does the entry's deletion.
    await serverA.expireTags(["article:7"]);
    expect(await html(serverB)).toBeNull();
    await serverA.write("b:/article/7", page("v3"), ["article:7"], null, 60);
    expect(await html(serverB)).toBe("<h1>v3</h1>");
    await raw(["DEL", `${prefix}e:b:/article/7`]);
    expect(await html(serverB)).toBeNull();

    // Each read hands out its own decoded value: one request changing it cannot reach another.
    await serverA.write("b:/article/8", page("v1"), [], null, 60);
    const first = (await serverB.read("b:/article/8", [])).entry?.value as ReturnType<typeof page>;
    const second = (await serverB.read("b:/article/8", [])).entry?.value as ReturnType<typeof page>;
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it("moves a copied page through Redis once per version, not once per read", async () => {
    const prefix = `moved${randomUUID().slice(0, 8)}:`;
    const writer = redisStore(prefix);
    const big = { ...page("큰 기사"), html: `<p>${"가".repeat(100_000)}</p>` };
    await writer.write("b:/big", big, [], null, 60);
    const reader = redisStore(prefix);
    const sent = async () => Number(/total_net_output_bytes:(\d+)/.exec(String(await raw(["INFO", "stats"])))?.[1]);
    await reader.read("b:/big", []);
    const before = await sent();
    for (let i = 0; i < 10; i++) expect(((await reader.read("b:/big", [])).entry?.value as typeof big).html).toBe(big.html);
    // Ten reads of a 200 KB entry: a few hundred bytes each (and the INFO replies), not 2 MB.
    expect((await sent()) - before).toBeLessThan(20_000);
    const noCopies = createRedisStore(redis.url, { prefix, log: () => {}, localCopyBytes: 0 });
    stores.push(noCopies);
    await noCopies.read("b:/big", []);
    const beforeNoCopies = await sent();
    for (let i = 0; i < 10; i++) await noCopies.read("b:/big", []);
    expect((await sent()) - beforeNoCopies).toBeGreaterThan(10 * 200_000);
  });

  it("keeps answering (as misses) while Redis is down, then replays the invalidations it could not write", async () => {
    const own = await startRedisServer();
    const prefix = `down${randomUUID().slice(0, 8)}:`;
    const messages: string[] = [];
    const store = createRedisStore(own.url, { prefix, log: (message) => messages.push(message) });
    try {
      await store.write("b:page", page("before"), ["article:9"], null, 600);
      expect((await store.read("b:page", [])).entry).not.toBeNull();

      // Redis gone: reads miss at once, writes and expiries are dropped without throwing.
      await own.stop();
      const started = performance.now();
      expect((await store.read("b:page", [])).entry).toBeNull();
      await store.write("b:other", page("x"), [], null, 60);
      await store.expireTags(["article:9"]);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(messages.filter((m) => m.includes("unreachable"))).toHaveLength(1);

      // Back: the expiry it could not write is written now. (This Redis lost its data on the
      // way, as the site's own does; one that kept it, after a network partition, would now
      // see its old entries of that tag expire.)
      await own.start();
      await expect.poll(async () => messages.some((m) => m.includes("is back")), { timeout: 10_000, interval: 100 }).toBe(true);
      await expect
        .poll(
          async () => {
            await store.write("b:kept", page("old"), ["article:9"], 1, 600);
            await store.write("b:control", page("old"), ["article:10"], 1, 600);
            return [(await store.read("b:kept", [])).entry === null, (await store.read("b:control", [])).entry === null];
          },
          { timeout: 5_000, interval: 100 },
        )
        .toEqual([true, false]);
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it("reports a clock from Redis, the same for every server", async () => {
    const a = redisStore();
    const b = redisStore();
    const [{ now: first }, { now: second }] = await Promise.all([a.read("b:x", []), b.read("b:y", [])]);
    expect(Math.abs(first - second)).toBeLessThan(1_000);
    expect(Math.abs(first - Date.now())).toBeLessThan(5_000);
  });
});

describe("memory cache store", () => {
  it("stays under its byte bound, dropping the least recently used first", async () => {
    const store = createMemoryStore(40_000);
    const big = (n: number) => ({ html: "x".repeat(9_000), n });
    for (let i = 0; i < 4; i++) await store.write(`b:${i}`, big(i), [], null, 60);
    await store.read("b:0", []); // 0 is now the most recently used
    await store.write("b:4", big(4), [], null, 60);
    expect((await store.read("b:0", [])).entry).not.toBeNull();
    expect((await store.read("b:1", [])).entry).toBeNull();
    expect((await store.read("b:4", [])).entry).not.toBeNull();
  });

  it("lets an entry expire with its lifetime", async () => {
    const store = createMemoryStore();
    await store.write("b:short", { a: 1 }, [], null, 0.05);
    await expect.poll(async () => (await store.read("b:short", [])).entry, { timeout: 2_000, interval: 20 }).toBeNull();
  });
});

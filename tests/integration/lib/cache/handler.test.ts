import { afterEach, describe, expect, it } from "vitest";
import CacheHandler, { REGENERATION_LIMIT, Regenerations, gateRegeneration, spreadRevalidate } from "@/lib/cache/handler.mjs";
import { sharedCacheStore } from "@/lib/cache/store.mjs";
import { NO_STORE_TAG } from "@/lib/cache/tags";

// Audit finding 6: misses must not fill the cache. Each `/api/views/{random id}` stored the null
// answer of the article read (a data-cache entry per id, a day each); each empty schedule day of
// 2000–2028 stored a whole page. Here through Next's own handler interface, on the memory store
// a single server uses (REDIS_URL is unset in Vitest; the Redis store shares the handler).

const handler = new CacheHandler({ serverDistDir: "/nonexistent/.next/server" });
const fetchEntry = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 300 });
const pageEntry = (status: number, tags: string[]) => ({
  kind: "APP_PAGE",
  html: "<p>x</p>",
  rscData: Buffer.from("x"),
  status,
  headers: { "x-next-cache-tags": tags.join(",") },
  postponed: undefined,
  segmentData: new Map(),
});
let n = 0;
const key = () => `miss-test-${++n}-${Date.now()}`;

afterEach(async () => {
  // The memory store is per process; nothing to clean beyond the keys' own uniqueness.
  await sharedCacheStore().stats();
});

describe("the shared cache keeps misses out", () => {
  it("stores a data-cache result that names something", async () => {
    const k = key();
    await handler.set(k, fetchEntry(JSON.stringify({ id: 1 })), { fetchCache: true, tags: ["article:1"] });
    expect(await handler.get(k, { kind: "FETCH", tags: [], softTags: [] })).not.toBeNull();
  });

  it("never stores a data-cache result of null (an unknown id)", async () => {
    const k = key();
    await handler.set(k, fetchEntry("null"), { fetchCache: true, tags: ["article:987654"] });
    expect(await handler.get(k, { kind: "FETCH", tags: [], softTags: [] })).toBeNull();
  });

  it("never stores a page that rendered as 404 or 410", async () => {
    for (const status of [404, 410]) {
      const k = key();
      await handler.set(k, pageEntry(status, []), { cacheControl: { revalidate: 60 } });
      expect(await handler.get(k, { kind: "APP_PAGE" })).toBeNull();
    }
  });

  it("never stores a page that asked not to be (a schedule day without entries)", async () => {
    const kept = key();
    const skipped = key();
    await handler.set(kept, pageEntry(200, ["schedule:2003-02-01"]), { cacheControl: { revalidate: 300 } });
    await handler.set(skipped, pageEntry(200, ["schedule:2003-02-02", NO_STORE_TAG]), { cacheControl: { revalidate: 300 } });
    expect(await handler.get(kept, { kind: "APP_PAGE" })).not.toBeNull();
    expect(await handler.get(skipped, { kind: "APP_PAGE" })).toBeNull();
  });

  it("never stores a route handler's 204 (Next's answer to OPTIONS, keyed like the GET)", async () => {
    const routeEntry = (status: number) => ({ kind: "APP_ROUTE", body: Buffer.from(status === 204 ? "" : "<rss/>"), status, headers: { "x-next-cache-tags": "feeds" } });
    const feed = key();
    const options = key();
    await handler.set(feed, routeEntry(200), { cacheControl: { revalidate: 300 } });
    await handler.set(options, routeEntry(204), { cacheControl: { revalidate: 300 } });
    expect(await handler.get(feed, { kind: "APP_ROUTE" })).not.toBeNull();
    expect(await handler.get(options, { kind: "APP_ROUTE" })).toBeNull();
  });
});

describe("what the handler adds to a stored page", () => {
  const page = (html: string) => ({ ...pageEntry(200, ["article:1"]), html, rscData: Buffer.from(`rsc ${html}`) });
  const etagOf = async (html: string) => {
    const k = key();
    await handler.set(k, page(html), { cacheControl: { revalidate: 300, expire: 3600 } });
    const entry = (await handler.get(k, { kind: "APP_PAGE" })) as { value: { headers: Record<string, string> } } | null;
    return entry?.value.headers.etag;
  };

  it("an ETag computed once from the page, the same for the same page on any server, new when it changes", async () => {
    const first = await etagOf("<h1>기사</h1>");
    expect(first).toMatch(/^"[\w-]{22}"$/);
    expect(await etagOf("<h1>기사</h1>")).toBe(first);
    expect(await etagOf("<h1>고친 기사</h1>")).not.toBe(first);
  });

  it("the HTML as its UTF-8 bytes, which Next sends as they are instead of measuring and encoding a string per hit", async () => {
    const html = "<!DOCTYPE html><html><body><h1>오늘의 주요 일정</h1></body></html>";
    const k = key();
    await handler.set(k, page(html), { cacheControl: { revalidate: 300, expire: 3600 } });
    const entry = (await handler.get(k, { kind: "APP_PAGE" })) as { value: { html: unknown; rscData: unknown } } | null;
    expect(Buffer.isBuffer(entry?.value.html)).toBe(true);
    expect((entry?.value.html as Buffer).toString("utf8")).toBe(html);
    expect(entry?.value.rscData).toEqual(Buffer.from(`rsc ${html}`));
  });

  it("a lifetime spread over a sixth past the route's revalidate, so pages rendered together do not fall stale together", async () => {
    expect(spreadRevalidate({ revalidate: 300, expire: 3600 }, () => 0)).toEqual({ revalidate: 300, expire: 3600 });
    expect(spreadRevalidate({ revalidate: 300, expire: 3600 }, () => 0.999)).toEqual({ revalidate: 349, expire: 3600 });
    expect(spreadRevalidate({ revalidate: 300, expire: 310 }, () => 0.999)).toEqual({ revalidate: 309, expire: 310 });
    // Pages that never go stale by time, and entries without a lifetime, are left alone.
    expect(spreadRevalidate({ revalidate: false, expire: 3600 })).toEqual({ revalidate: false, expire: 3600 });
    expect(spreadRevalidate(undefined)).toBeUndefined();

    const lifetimes = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const k = key();
      await handler.set(k, page("<p>x</p>"), { cacheControl: { revalidate: 300, expire: 3600 } });
      const entry = (await handler.get(k, { kind: "APP_PAGE" })) as { cacheControl: { revalidate: number } } | null;
      lifetimes.add(entry!.cacheControl.revalidate);
    }
    expect([...lifetimes].every((seconds) => seconds >= 300 && seconds < 350)).toBe(true);
    expect(lifetimes.size).toBeGreaterThan(1);
  });
});

describe("background regenerations, at most four per server at once", () => {
  const stalePage = { value: { kind: "APP_PAGE" }, cacheControl: { revalidate: 300, expire: 3600 } };
  const now = 1_000_000_000;
  const staleSince = now - 301_000;
  // Next's test: stale when lastModified + revalidate is past (its own clock, like here).
  const judgedStale = (lastModified: number) => lastModified + 300_000 < now;

  it("lets four stale pages start their renders, serves the rest as fresh until one ends, then lets the next start", () => {
    const running = new Regenerations(4, 30_000, () => now);
    const gated = Array.from({ length: 6 }, (_, i) => gateRegeneration(running, `page-${i}`, stalePage, staleSince, now));
    expect(gated.map(judgedStale)).toEqual([true, true, true, true, false, false]);
    // A second read of a page whose render is running is that same render.
    expect(judgedStale(gateRegeneration(running, "page-0", stalePage, staleSince, now))).toBe(true);
    running.end("page-0");
    expect(judgedStale(gateRegeneration(running, "page-4", stalePage, staleSince, now))).toBe(true);
    expect(judgedStale(gateRegeneration(running, "page-5", stalePage, staleSince, now))).toBe(false);
  });

  it("never holds back a fresh page, a page past its expiry, a miss's render or a data-cache entry", () => {
    const running = new Regenerations(0, 30_000, () => now);
    expect(gateRegeneration(running, "fresh", stalePage, now - 1_000, now)).toBe(now - 1_000);
    const expired = now - 3_601_000;
    expect(gateRegeneration(running, "expired", stalePage, expired, now)).toBe(expired);
    const data = { value: { kind: "FETCH" }, cacheControl: { revalidate: 300 } };
    expect(gateRegeneration(running, "data", data, staleSince, now)).toBe(staleSince);
  });

  it("takes a render that never stored anything as ended after its window", () => {
    let clock = now;
    const running = new Regenerations(1, 30_000, () => clock);
    expect(running.tryStart("failed-render")).toBe(true);
    expect(running.tryStart("other")).toBe(false);
    clock += 30_001;
    expect(running.tryStart("other")).toBe(true);
  });

  it("through the handler: a stored page ends its render, and a stale page read past the limit comes back as fresh", async () => {
    expect(REGENERATION_LIMIT).toBe(4); // DATABASE_POOL_SIZE unset: the default pool of ten
    const keys = Array.from({ length: 5 }, () => key());
    const started = Date.now() - 301_000;
    for (const k of keys) {
      await sharedCacheStore().write(`building:${k}`, { value: pageEntry(200, ["article:1"]), cacheControl: { revalidate: 300, expire: 3600 } }, ["article:1"], started, 3600);
    }
    const read = async (k: string) => ((await handler.get(k, { kind: "APP_PAGE" })) as { lastModified: number }).lastModified;
    const stale = (lastModified: number) => lastModified + 300_000 < Date.now();
    const firstReads = [];
    for (const k of keys) firstReads.push(stale(await read(k)));
    expect(firstReads).toEqual([true, true, true, true, false]);
    // The first page's render is stored: the fifth may start its own.
    await handler.set(keys[0]!, pageEntry(200, ["article:1"]), { cacheControl: { revalidate: 300, expire: 3600 } });
    expect(stale(await read(keys[4]!))).toBe(true);
    for (const k of keys) await handler.set(k, pageEntry(200, ["article:1"]), { cacheControl: { revalidate: 300, expire: 3600 } });
  });
});

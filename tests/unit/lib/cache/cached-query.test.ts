import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

// Next's unstable_cache, reduced to what matters here: a miss returns the loader's own result
// and stores its JSON; a hit returns the parsed JSON (where a Date is a string). A result of
// null is not stored, as lib/cache/handler.mjs does.
const store = new Map<string, string>();
const seen: Array<{ key: string[]; tags: string[]; revalidate: number | false | undefined }> = [];
vi.mock("next/cache", () => ({
  unstable_cache:
    <A extends unknown[], R>(cb: (...args: A) => Promise<R>, key: string[], options: { tags: string[]; revalidate?: number | false }) =>
    async (...args: A): Promise<R> => {
      seen.push({ key, tags: options.tags, revalidate: options.revalidate });
      const entryKey = `${key.join(",")}-${JSON.stringify(args)}`;
      const stored = store.get(entryKey);
      if (stored !== undefined) return JSON.parse(stored) as R;
      const result = await cb(...args);
      if (result !== null) store.set(entryKey, JSON.stringify(result));
      return result;
    },
}));

const { cachedQuery, fromCacheJson, toCacheJson } = await import("@/lib/cache/cached-query");
const { LIFETIMES } = await import("@/lib/cache/lifetimes.mjs");

beforeEach(() => {
  store.clear();
  seen.length = 0;
});

const published = new Date("2026-11-30T01:02:03.456Z");
const edited = new Date("2026-11-30T09:00:00.000Z");
const nested = {
  id: 7,
  title: "남원시 오늘의 주요일정",
  publishedAt: published,
  pinned: false,
  boardSeq: null,
  corrections: [{ id: 1, createdAt: edited, text: "[정정]" }],
  byBoard: { 3: [{ publishedAt: published }] },
  dates: [published, [edited]],
};

describe("cachedQuery", () => {
  it("returns Dates as Dates on the miss that stores and on every hit after it", async () => {
    let loads = 0;
    const read = cachedQuery(async (id: number) => ({ ...nested, id, loads: ++loads }), ["test:nested"], { tags: ["article:7"] });
    const miss = await read(7);
    const hit = await read(7);
    expect(loads).toBe(1);
    expect(miss).toEqual({ ...nested, loads: 1 });
    expect(hit).toEqual(miss);
    expect(hit.publishedAt).toBeInstanceOf(Date);
    expect(hit.corrections[0]?.createdAt).toBeInstanceOf(Date);
    expect(hit.byBoard[3]?.[0]?.publishedAt.getTime()).toBe(published.getTime());
    expect((hit.dates[1] as Date[])[0]).toEqual(edited);
  });

  it("passes the key, the tags and the safety-net lifetime to Next, or the lifetime it is given", async () => {
    await cachedQuery(async () => 1, ["test:a", "x"], { tags: ["boards"] })();
    await cachedQuery(async () => 2, ["test:b"], { tags: ["sitemap"], lifetime: LIFETIMES.newsSitemapWindow })();
    expect(seen).toEqual([
      { key: ["test:a", "x"], tags: ["boards"], revalidate: LIFETIMES.safetyNet },
      { key: ["test:b"], tags: ["sitemap"], revalidate: LIFETIMES.newsSitemapWindow },
    ]);
  });

  it("keeps null as null, so the cache handler's rule for misses still applies", async () => {
    const read = cachedQuery(async () => null, ["test:null"], { tags: [] });
    expect(await read()).toBeNull();
    expect(store.size).toBe(0);
  });
});

describe("the cache's JSON form", () => {
  it("survives a JSON round trip with every Date restored, nested in arrays and objects", () => {
    expect(fromCacheJson(JSON.parse(JSON.stringify(toCacheJson(nested))))).toEqual(nested);
  });

  it("is readable without the round trip too (the miss returns it as it is)", () => {
    expect(fromCacheJson(toCacheJson([published, { at: edited }]))).toEqual([published, { at: edited }]);
  });

  it("leaves ISO-looking strings as strings", () => {
    expect(fromCacheJson(JSON.parse(JSON.stringify(toCacheJson({ day: "2026-11-30", at: published.toISOString() }))))).toEqual({
      day: "2026-11-30",
      at: published.toISOString(),
    });
  });

  it("keeps a key named __proto__ as data", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const back = fromCacheJson(JSON.parse(JSON.stringify(toCacheJson(value)))) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses what JSON would silently mangle", () => {
    expect(() => toCacheJson(new Map([[1, 2]]))).toThrow(/Map/);
    expect(() => toCacheJson({ at: new Date(Number.NaN) })).toThrow(/invalid Date/);
    expect(() => toCacheJson({ $date: "2026-11-30" })).toThrow(/reserved/);
    expect(() => toCacheJson(10n)).toThrow(/bigint/);
  });
});

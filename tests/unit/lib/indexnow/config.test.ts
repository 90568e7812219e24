import { describe, expect, it } from "vitest";
import {
  DEFAULT_INDEXNOW_ENDPOINTS,
  indexNowBackoffMs,
  indexNowEndpoints,
  indexNowPayload,
  isPermanentRefusal,
  isPublicSiteUrl,
  resolveIndexNowKey,
} from "@/lib/indexnow/config";

describe("IndexNow configuration", () => {
  it("pings Naver and the shared endpoint by default, the listed ones when set, none when turned off", () => {
    expect(indexNowEndpoints(undefined)).toEqual(["https://searchadvisor.naver.com/indexnow", "https://api.indexnow.org/indexnow"]);
    expect(DEFAULT_INDEXNOW_ENDPOINTS).toHaveLength(2);
    expect(indexNowEndpoints("https://a.example/indexnow, http://127.0.0.1:9/x  https://a.example/indexnow not-a-url")).toEqual([
      "https://a.example/indexnow",
      "http://127.0.0.1:9/x",
    ]);
    expect(indexNowEndpoints("")).toEqual([]);
    expect(indexNowEndpoints("none")).toEqual([]);
  });

  it("takes the admin's key before INDEXNOW_KEY, and only well-formed ones", () => {
    expect(resolveIndexNowKey("settings-key-1", "env-key-12345")).toBe("settings-key-1");
    expect(resolveIndexNowKey(null, "env-key-12345")).toBe("env-key-12345");
    expect(resolveIndexNowKey("bad key!", "short")).toBeNull();
    expect(resolveIndexNowKey(undefined, undefined)).toBeNull();
  });

  it("pings only for sites on a public host", () => {
    for (const url of ["https://news.example.kr", "http://www.hanbit.news", "https://news.example"]) expect(isPublicSiteUrl(url), url).toBe(true);
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3000", "http://192.168.0.10", "http://10.1.2.3", "http://172.20.0.5", "http://news.local", "http://intranet", "http://[::1]:3000", "ftp://news.example.kr"]) {
      expect(isPublicSiteUrl(url), url).toBe(false);
    }
  });

  it("builds the batch body the protocol defines", () => {
    expect(indexNowPayload("https://news.example.kr", "abcdefgh", ["https://news.example.kr/article/1"])).toEqual({
      host: "news.example.kr",
      key: "abcdefgh",
      keyLocation: "https://news.example.kr/abcdefgh.txt",
      urlList: ["https://news.example.kr/article/1"],
    });
  });

  it("backs off 30 s, 1, 2, 4 … minutes up to an hour; 400/413/422 are final", () => {
    expect([1, 2, 3, 4, 8, 20].map(indexNowBackoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    expect([400, 413, 422].every(isPermanentRefusal)).toBe(true);
    expect([403, 429, 500, 503, 0].some(isPermanentRefusal)).toBe(false);
  });
});

import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { gateRequest, refusalOf } from "@/lib/http/request-gate";

const loopback = parseTrustedProxies(undefined);

describe("request gate: what never reaches Next", () => {
  const page = (extra: Record<string, string>, method = "POST") => ({ method, url: "/editor/articles/new", headers: { host: "news.example", ...extra } });

  it.each(["TRACE", "TRACK", "PROPFIND", "FOO"])("refuses %s with 405", (method) => {
    expect(refusalOf({ method, url: "/", headers: {} }, false)).toMatchObject({ status: 405 });
  });

  it.each(["/media/%E0%A4%A", "/sitemaps/a%ZZ", "/api/views/%00", "/board/%00?page=2"])("refuses the malformed %s with 400", (url) => {
    expect(refusalOf({ method: "GET", url, headers: {} }, false)).toMatchObject({ status: 400 });
  });

  it("lets ordinary requests through, escapes and all", () => {
    expect(refusalOf({ method: "GET", url: "/board/%EC%86%8C?q=%EC%B6%95%EC%A0%9C", headers: {} }, false)).toBeNull();
    expect(refusalOf(page({ "content-length": "120", origin: "https://news.example" }), false)).toBeNull();
    expect(refusalOf({ method: "POST", url: "/api/uploads", headers: { "transfer-encoding": "chunked" } }, false)).toBeNull();
  });

  it("bounds bodies: any request, and server actions (pages) more tightly", () => {
    expect(refusalOf({ method: "POST", url: "/api/uploads", headers: { "content-length": String(200 * 1024 * 1024) } }, false)).toMatchObject({ status: 413 });
    // A little over the upload limit is the upload route's to answer, with its own message.
    expect(refusalOf({ method: "POST", url: "/api/uploads", headers: { "content-length": String(21 * 1024 * 1024) } }, false)).toBeNull();
    expect(refusalOf(page({ "content-length": String(3 * 1024 * 1024) }), false)).toMatchObject({ status: 413 });
    expect(refusalOf(page({ "transfer-encoding": "chunked" }), false)).toMatchObject({ status: 411 });
  });

  it("refuses server actions from another site (403), proxied or not", () => {
    expect(refusalOf(page({ "content-length": "10", origin: "https://evil.example" }), false)).toMatchObject({ status: 403 });
    expect(refusalOf(page({ "content-length": "10", origin: "null" }), false)).toMatchObject({ status: 403 });
    expect(refusalOf(page({ "content-length": "10", "sec-fetch-site": "cross-site" }), false)).toMatchObject({ status: 403 });
    expect(refusalOf(page({ "content-length": "10", origin: "https://news.example", "x-forwarded-host": "evil.example" }), false)).toBeNull();
    expect(refusalOf(page({ "content-length": "10", origin: "https://news.example", host: "web-1:3001", "x-forwarded-host": "news.example" }), true)).toBeNull();
  });

  it("turns NUL in the query string into U+FFFD (never meant, refused by PostgreSQL)", () => {
    const request = { method: "GET", url: "/search?q=a%00b&page=%00", headers: {} as Record<string, string | undefined> };
    gateRequest(loopback, { request, response: {}, socket: Object.assign(new EventEmitter(), { remoteAddress: "127.0.0.1" }) } as never);
    expect(request.url).toBe("/search?q=a%EF%BF%BDb&page=%EF%BF%BD");
  });

  it("answers OPTIONS only under /api (Next would answer a cached file's through its cache)", () => {
    for (const url of ["/rss.xml", "/sitemaps/1", "/board/news", "/"]) {
      expect(refusalOf({ method: "OPTIONS", url, headers: {} }, false)).toEqual({ status: 405, reason: "page-options" });
    }
    expect(refusalOf({ method: "OPTIONS", url: "/api/views/1", headers: {} }, false)).toBeNull();
  });

  it("rewrites a refused request to the refusal route and strips forged forwarding headers", () => {
    const request = { method: "TRACE", url: "/x", headers: { "x-forwarded-for": "6.6.6.6", "x-ln-client-ip": "1.1.1.1", "x-forwarded-host": "evil.example" } as Record<string, string | undefined> };
    const response = { shouldKeepAlive: true };
    gateRequest(loopback, { request, response, socket: Object.assign(new EventEmitter(), { remoteAddress: "192.0.2.9" }) } as never);
    expect(request).toMatchObject({ method: "GET", url: "/api/refused/405" });
    expect(request.headers["x-ln-client-ip"]).toBe("192.0.2.9");
    expect(request.headers["x-forwarded-for"]).toBeUndefined();
    expect(request.headers["x-forwarded-host"]).toBeUndefined();
  });
});

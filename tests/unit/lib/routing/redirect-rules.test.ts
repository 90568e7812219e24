import { describe, expect, it } from "vitest";
import { matchRedirect, normalizePath, type RedirectRule } from "@/lib/routing/redirect-rules";

const rules = new Map<string, RedirectRule>([
  ["/board/old", { toPath: "/board/new", statusCode: 301 }],
  ["/board/소식", { toPath: "/board/news", statusCode: 308 }],
  ["/article/5", { toPath: "", statusCode: 410 }],
]);

describe("stored redirect matching", () => {
  it("moves a board with its query string", () => {
    expect(matchRedirect(rules, "/board/old", "?page=3&q=%EA%B3%B5")).toEqual({ kind: "redirect", location: "/board/new?page=3&q=%EA%B3%B5", statusCode: 301 });
    expect(matchRedirect(rules, "/board/old/", "")).toEqual({ kind: "redirect", location: "/board/new", statusCode: 301 });
  });

  it("moves everything under a moved board, the feed included", () => {
    expect(matchRedirect(rules, "/board/old/rss.xml", "")).toEqual({ kind: "redirect", location: "/board/new/rss.xml", statusCode: 301 });
  });

  it("matches percent-encoded Korean paths", () => {
    expect(matchRedirect(rules, "/board/%EC%86%8C%EC%8B%9D", "")).toMatchObject({ location: "/board/news", statusCode: 308 });
  });

  it("answers 410 for a tombstone and what hangs under it", () => {
    expect(matchRedirect(rules, "/article/5", "")).toEqual({ kind: "gone" });
    expect(matchRedirect(rules, "/article/5/opengraph-image-abc", "")).toEqual({ kind: "gone" });
  });

  it("leaves other paths alone", () => {
    for (const path of ["/article/50", "/article/55", "/board/older", "/board", "/", "/board/new"]) {
      expect(matchRedirect(rules, path, "")).toBeNull();
    }
    expect(normalizePath("/board/%E0%A4%A")).toBe("/board/%E0%A4%A");
  });

  it("matches a stored rule with a query string whatever the parameter order, and consumes the query", () => {
    const withQuery = new Map<string, RedirectRule>([[normalizePath("/index.php?mid=news&category=7"), { toPath: "/board/news", statusCode: 301 }]]);
    expect(matchRedirect(withQuery, "/index.php", "?category=7&mid=news")).toEqual({ kind: "redirect", location: "/board/news", statusCode: 301 });
    expect(matchRedirect(withQuery, "/index.php", "?mid=news&category=7")).toMatchObject({ location: "/board/news" });
    expect(matchRedirect(withQuery, "/index.php", "?mid=news")).toBeNull();
    expect(normalizePath("/index.php?b=2&a=%EC%86%8C")).toBe("/index.php?a=%EC%86%8C&b=2");
  });
});

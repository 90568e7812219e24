import { describe, expect, it, vi } from "vitest";
import nextConfig from "@/next.config";
import { config as proxyConfig } from "@/proxy";
import { internalRouteFor } from "@/lib/routing/internal-paths";
import { PLAIN_TERM, queryFromSegment } from "@/lib/search/segment";

// proxy.ts is imported for its matcher; what it imports is server-only.
vi.mock("server-only", () => ({}));

const route = (url: string) => internalRouteFor(new URL(url, "http://localhost"));

// Terms a reader may type or a crawler may send, each either rewritten by next.config.ts or
// taken by the proxy: never both, never neither.
const TERMS = ["시민", "a b", "a+b", "..", "a:b*c(d)", "<script>", "‮", "a/b", "100%", "a?b", "a#b", "a\\b", "\u0000", "a\nb", "%EC%8B%9C"];

/** Next compares a `has` value as `^value$` against the decoded parameter (prepare-destination). */
const matchesHas = (value: string, actual: string) => new RegExp(`^${value}$`).test(actual);

describe("internalRouteFor", () => {
  it("puts the search term into the cached page's path, encoded, with the page number", () => {
    expect(route("/search?q=a%2Fb")).toEqual({ kind: "rewrite", path: "/internal/search/qa%2Fb/1" });
    expect(route("/search?q=100%25&page=3")).toEqual({ kind: "rewrite", path: "/internal/search/q100%25/3" });
    expect(route("/board/news?q=a%3Fb&page=2")).toEqual({ kind: "rewrite", path: "/internal/board-search/news/qa%3Fb/2" });
  });

  it("reads the last of repeated terms, as Next's rewrites do", () => {
    expect(route("/search?q=a&q=b%2Fc")).toEqual({ kind: "rewrite", path: "/internal/search/qb%2Fc/1" });
  });

  it("sends malformed page numbers to the first page, keeping the term", () => {
    expect(route("/search?q=a%2Fb&page=abc")).toEqual({ kind: "redirect", location: "/search?q=a%2Fb" });
    expect(route("/board/news?page=0")).toEqual({ kind: "redirect", location: "/board/news" });
    expect(route("/reporter/7?page=-1")).toEqual({ kind: "redirect", location: "/reporter/7" });
  });

  it("leaves everything else alone", () => {
    expect(route("/board/news")).toBeNull();
    expect(route("/article/5?q=x")).toBeNull();
  });
});

describe("which search terms skip the proxy", () => {
  it("a path segment carries a plain term as it is, and the page reads it back", () => {
    for (const term of TERMS.filter((t) => matchesHas(PLAIN_TERM, t))) expect(queryFromSegment(`q${term}`), term).toBe(term);
  });

  it("next.config.ts rewrites exactly the terms proxy.ts's matcher leaves", async () => {
    const rewrites = await nextConfig.rewrites!();
    const beforeFiles = Array.isArray(rewrites) ? rewrites : (rewrites.beforeFiles ?? []);
    const termValue = (has: readonly { type: string; key?: string; value?: string }[] | undefined) =>
      has?.find((item) => item.type === "query" && item.key === "q")?.value;
    for (const source of ["/search", "/board/:slug"]) {
      const rewriteTerm = beforeFiles.map((rewrite) => (rewrite.source === source ? termValue(rewrite.has) : undefined)).find(Boolean);
      const proxyTerm = proxyConfig.matcher.map((matcher) => (typeof matcher === "string" || matcher.source !== source ? undefined : termValue(matcher.has))).find(Boolean);
      if (!rewriteTerm || !proxyTerm) throw new Error(`${source}: no search-term rule in next.config.ts or proxy.ts`);
      for (const term of TERMS) {
        const rewritten = matchesHas(rewriteTerm, term);
        const proxied = matchesHas(proxyTerm, term);
        expect(rewritten !== proxied, `${source} ${JSON.stringify(term)}: rewritten ${rewritten}, proxied ${proxied}`).toBe(true);
      }
    }
  });
});

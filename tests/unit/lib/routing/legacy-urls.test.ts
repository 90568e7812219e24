import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLegacyUrl, RESERVED_SEGMENTS } from "@/lib/routing/legacy-urls";

function parse(url: string) {
  const u = new URL(url, "http://news.example");
  return parseLegacyUrl(u.pathname, u.searchParams);
}

describe("old XE/Rhymix addresses", () => {
  it("reads every shape of a post's address", () => {
    for (const url of ["/index.php?mid=news&document_srl=1040", "/index.php?document_srl=1040", "/?document_srl=1040", "/news/1040", "/1040", "/index.php?mid=news&document_srl=1040&page=3"]) {
      expect(parse(url), url).toEqual({ kind: "document", srl: "1040" });
    }
  });

  it("reads boards, their pages and searches", () => {
    expect(parse("/news")).toEqual({ kind: "board", mid: "news", page: 1, q: null });
    expect(parse("/index.php?mid=news&page=7")).toEqual({ kind: "board", mid: "news", page: 7, q: null });
    expect(parse("/?mid=Notice_Board")).toEqual({ kind: "board", mid: "Notice_Board", page: 1, q: null });
    expect(parse("/news/page/3")).toEqual({ kind: "board", mid: "news", page: 3, q: null });
    expect(parse("/index.php?mid=news&page=abc")).toEqual({ kind: "board", mid: "news", page: 1, q: null });
    expect(parse("/index.php?mid=news&search_target=title&search_keyword=%EA%B4%91%EC%9E%A5")).toEqual({ kind: "board", mid: "news", page: 1, q: "광장" });
  });

  it("reads attachments by path and by XE's download action", () => {
    expect(parse("/files/attach/images/101/040/001/a1b2.jpg")).toEqual({ kind: "file", key: "attach/images/101/040/001/a1b2.jpg" });
    expect(parse("/index.php?module=file&act=procFileDownload&file_srl=5001&sid=abc")).toEqual({ kind: "fileSrl", srl: "5001" });
  });

  it("calls malformed old ids unknown (a 404), and leaves our own and other paths alone", () => {
    expect(parse("/index.php?document_srl=12abc")).toEqual({ kind: "unknown" });
    expect(parse("/index.php?mid=no-such!")).toEqual({ kind: "unknown" });
    expect(parse("/index.php")).toEqual({ kind: "home" });
    for (const url of ["/", "/article/5", "/board/news", "/search", "/schedule", "/robots.txt", "/favicon.ico", "/media/images/x.jpg", "/news/abc", "/a/b/c/d", "/news/", "/_next/static/x.js", "/rss.xml"]) {
      expect(parse(url), url).toBeNull();
    }
  });

  it("proxy.ts sends exactly the non-reserved first segments through the proxy", () => {
    const source = readFileSync(path.join(import.meta.dirname, "../../../../proxy.ts"), "utf8");
    const lists = [...source.matchAll(/\(\?!\(\?:([a-z_|]+)\)/g)].map((m) => m[1]!.split("|").sort());
    expect(lists).toHaveLength(3);
    for (const list of lists) expect(list).toEqual([...RESERVED_SEGMENTS].sort());
  });
});

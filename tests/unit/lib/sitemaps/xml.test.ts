import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  ARTICLES_PER_SITEMAP,
  articleSitemapName,
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlset,
  chunkIdRange,
  NEWS_NS,
  parseArticleSitemapName,
  SITEMAP_NS,
  w3cSeoul,
} from "@/lib/sitemaps/xml";
import { isoSeoul } from "@/lib/time";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["url", "sitemap"].includes(name) });
const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/;

describe("sitemap index", () => {
  it("lists sitemaps with W3C dates in +09:00", () => {
    const xml = buildSitemapIndex([
      { loc: "https://news.example/sitemaps/pages.xml", lastmod: null },
      { loc: "https://news.example/sitemaps/articles-1.xml", lastmod: new Date("2024-06-21T14:50:00Z") },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.sitemapindex["@xmlns"]).toBe(SITEMAP_NS);
    const [pages, articles] = doc.sitemapindex.sitemap;
    expect(pages).toEqual({ loc: "https://news.example/sitemaps/pages.xml" });
    expect(articles.lastmod).toBe("2024-06-21T23:50:00+09:00");
  });
});

describe("article sitemap", () => {
  it("escapes URLs and gives every url a loc and an offset lastmod", () => {
    const xml = buildUrlset([
      { loc: "https://news.example/article/1", lastmod: new Date("2024-01-01T00:00:00Z") },
      { loc: "https://news.example/board/a&b", lastmod: null, changefreq: "hourly" },
    ]);
    expect(xml).toContain("https://news.example/board/a&amp;b");
    const doc = parser.parse(xml);
    expect(doc.urlset["@xmlns"]).toBe(SITEMAP_NS);
    const urls = doc.urlset.url;
    expect(urls).toHaveLength(2);
    expect(urls[0].lastmod).toMatch(OFFSET_DATE);
    expect(urls[0].lastmod).toBe("2024-01-01T09:00:00+09:00");
    expect(urls[1]).toEqual({ loc: "https://news.example/board/a&b", changefreq: "hourly" });
  });

  it("names and ranges chunks of 1,000 ids, refusing anything else", () => {
    expect(ARTICLES_PER_SITEMAP).toBe(1_000);
    expect(articleSitemapName(3)).toBe("articles-3.xml");
    expect(parseArticleSitemapName("articles-3.xml")).toBe(3);
    expect(parseArticleSitemapName("articles-2147483.xml")).toBe(2147483);
    // 2147484 × 1,000 overflows PostgreSQL's int4 ids (a 500 before, audit "malformed input").
    for (const bad of ["articles-0.xml", "articles-03.xml", "articles-3", "articles-x.xml", "pages.xml", "articles-99999999.xml", "articles-2147484.xml"]) {
      expect(parseArticleSitemapName(bad)).toBeNull();
    }
    expect(chunkIdRange(1)).toEqual({ first: 1, last: 1_000 });
    expect(chunkIdRange(1001)).toEqual({ first: 1_000_001, last: 1_001_000 });
  });
});

describe("news sitemap", () => {
  it("uses Google's news namespace with publication, language ko, date and title", () => {
    const xml = buildNewsSitemap({ name: "한빛넷", language: "ko" }, [
      { loc: "https://news.example/article/7", title: '남원향교 "공공의대법" <촉구> & 기원제', publishedAt: new Date("2024-06-21T01:02:03Z") },
    ]);
    const doc = parser.parse(xml);
    expect(doc.urlset["@xmlns"]).toBe(SITEMAP_NS);
    expect(doc.urlset["@xmlns:news"]).toBe(NEWS_NS);
    const [url] = doc.urlset.url;
    expect(url.loc).toBe("https://news.example/article/7");
    expect(url["news:news"]["news:publication"]).toEqual({ "news:name": "한빛넷", "news:language": "ko" });
    expect(url["news:news"]["news:publication_date"]).toBe("2024-06-21T10:02:03+09:00");
    expect(url["news:news"]["news:title"]).toBe('남원향교 "공공의대법" <촉구> & 기원제');
  });

  it("is a valid empty urlset when nothing was published in two days", () => {
    const doc = parser.parse(buildNewsSitemap({ name: "한빛넷", language: "ko" }, []));
    expect(doc.urlset["@xmlns:news"]).toBe(NEWS_NS);
    expect(doc.urlset.url).toBeUndefined();
  });
});

describe("w3cSeoul", () => {
  it("agrees with lib/time's isoSeoul across days, years and leap days", () => {
    for (const iso of ["2024-02-28T15:00:00Z", "2024-02-29T14:59:59Z", "2023-12-31T15:00:00Z", "1999-01-01T00:00:00Z", "2026-11-28T06:30:12.999Z"]) {
      expect(w3cSeoul(new Date(iso))).toBe(isoSeoul(new Date(iso)));
    }
  });
});

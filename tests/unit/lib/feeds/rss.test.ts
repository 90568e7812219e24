import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { FEED_MAX_BYTES, feedContentHtml } from "@/lib/feeds/content";
import { buildRss, FEED_ITEM_LIMIT } from "@/lib/feeds/rss";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "item" });
// RFC 822 as RSS 2.0 wants it, with an explicit zone.
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

const channel = {
  title: "한빛넷 행정",
  description: "한빛넷 행정 게시판의 최신 기사",
  link: "https://news.example/board/news",
  self: "https://news.example/board/news/rss.xml",
  siteUrl: "https://news.example",
  updated: new Date("2024-06-21T05:00:00Z"),
};

describe("RSS 2.0", () => {
  const xml = buildRss(channel, [
    { id: 12, title: "시민안전보험 <시행> & 안내", excerpt: "요약 ]]> 끝", authorName: "편집부", boardName: "행정", publishedAt: new Date("2024-06-21T01:00:00Z") },
    { id: 11, title: "둘째 기사", excerpt: "요약", authorName: "홍길동", boardName: "행정", publishedAt: new Date("2024-06-20T01:00:00Z") },
  ]);
  const doc = parser.parse(xml);

  it("is RSS 2.0 with the atom self link and the required channel elements", () => {
    expect(doc.rss["@version"]).toBe("2.0");
    expect(doc.rss["@xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
    const ch = doc.rss.channel;
    expect(ch.title).toBe("한빛넷 행정");
    expect(ch.link).toBe("https://news.example/board/news");
    expect(ch.description).toBe("한빛넷 행정 게시판의 최신 기사");
    expect(ch.language).toBe("ko");
    expect(ch.lastBuildDate).toMatch(RFC822);
    expect(new Date(ch.lastBuildDate).toISOString()).toBe("2024-06-21T05:00:00.000Z");
    expect(ch["atom:link"]).toMatchObject({ "@href": channel.self, "@rel": "self", "@type": "application/rss+xml" });
  });

  it("gives items absolute permalinks, dates with a zone, and survives markup in text", () => {
    const [first, second] = doc.rss.channel.item;
    expect(first.title).toBe("시민안전보험 <시행> & 안내");
    expect(first.description).toBe("요약 ]]> 끝");
    expect(first.link).toBe("https://news.example/article/12");
    expect(first.guid).toMatchObject({ "#text": "https://news.example/article/12", "@isPermaLink": "true" });
    expect(first.pubDate).toMatch(RFC822);
    expect(new Date(first.pubDate).toISOString()).toBe("2024-06-21T01:00:00.000Z");
    expect(first.category).toBe("행정");
    expect(second.link).toBe("https://news.example/article/11");
  });
});

describe("full articles for Naver (content:encoded)", () => {
  const body =
    '<p>시청 <strong>발표</strong> <a href="/board/news">행정</a> <a href="javascript:alert(1)">x</a></p>' +
    '<figure><img src="/media/images/2026/01/a/960.jpg" width="960" height="640" alt="광장" loading="lazy" data-image-id="7" /><figcaption>광장 모습</figcaption></figure>' +
    '<script>alert(1)</script><p onclick="x()" style="color:red">끝 ]]> 문단</p><iframe src="https://evil.example"></iframe>';

  it("carries the sanitized body with absolute image and link addresses, corrections first", () => {
    const content = feedContentHtml(body, "https://news.example", [{ kind: "CORRECTION", text: "금액을 바로잡습니다.", createdAt: new Date("2026-01-05T03:04:00Z") }]);
    const xml = buildRss(channel, [{ id: 5, title: "발표", excerpt: "요약", authorName: "편집부", boardName: "행정", publishedAt: new Date("2026-01-05T01:00:00Z"), content }]);
    const doc = parser.parse(xml);
    expect(doc.rss["@xmlns:content"]).toBe("http://purl.org/rss/1.0/modules/content/");
    const encoded: string = doc.rss.channel.item[0]["content:encoded"];
    expect(encoded.startsWith("<p>[정정] 금액을 바로잡습니다. (2026-01-05 12:04)</p>")).toBe(true);
    expect(encoded).toContain('<img src="https://news.example/media/images/2026/01/a/960.jpg" width="960" height="640" alt="광장" />');
    expect(encoded).toContain('<a href="https://news.example/board/news">행정</a>');
    expect(encoded).toContain("<figcaption>광장 모습</figcaption>");
    expect(encoded).toContain("끝 ]]&gt; 문단");
    for (const bad of ["<script", "alert(1)", "onclick", "style=", "iframe", "data-image-id", "loading=", "javascript:"]) expect(encoded).not.toContain(bad);
    // Every address in the content is absolute.
    for (const [, url] of encoded.matchAll(/(?:src|href)="([^"]*)"/g)) expect(url).toMatch(/^https:\/\/news\.example\//);
  });

  it("stays under 10 MB: once the bodies fill the budget, the older items keep only their excerpt", () => {
    const huge = `<p>${"가나다라마바사아자차 ".repeat(35_000)}</p>`; // ~1 MB of UTF-8
    const articles = Array.from({ length: FEED_ITEM_LIMIT }, (_, i) => ({
      id: 100 - i,
      title: `긴 기사 ${i}`,
      excerpt: `요약 ${i}`,
      authorName: "편집부",
      boardName: "행정",
      publishedAt: new Date(Date.UTC(2026, 0, 5, 0, 0) - i * 3_600_000),
      content: feedContentHtml(huge, "https://news.example"),
    }));
    const xml = buildRss(channel, articles);
    expect(Buffer.byteLength(xml, "utf8")).toBeLessThan(FEED_MAX_BYTES);
    const items = parser.parse(xml).rss.channel.item as Array<Record<string, unknown>>;
    expect(items).toHaveLength(FEED_ITEM_LIMIT);
    const withBody = items.filter((item) => item["content:encoded"]).length;
    expect(withBody).toBeGreaterThan(5);
    expect(withBody).toBeLessThan(FEED_ITEM_LIMIT);
    // The newest ones keep their bodies; every item keeps its excerpt.
    expect(items[0]!["content:encoded"]).toBeTruthy();
    expect(items.at(-1)!["content:encoded"]).toBeUndefined();
    expect(items.every((item) => typeof item.description === "string")).toBe(true);
  });
});

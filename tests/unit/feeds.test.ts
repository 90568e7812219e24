import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildRss } from "@/lib/feeds/rss";

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

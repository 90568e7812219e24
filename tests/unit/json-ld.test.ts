import { describe, expect, it } from "vitest";
import { articleBreadcrumbs, breadcrumbJsonLd, newsArticleJsonLd, profilePageJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

process.env.SITE_URL ??= "http://localhost:3000";

const article = {
  id: 42,
  title: "남원향교 </script><script>alert(1)</script> 기원제",
  description: "남원시민들이 18일 국회 정문 앞에서…",
  publishedAt: new Date("2020-02-18T01:00:00Z"),
  editedAt: new Date("2020-02-18T03:30:00Z"),
  authorName: "편집부",
  board: { slug: "news", name: "행정" },
  images: ["/media/lead.jpg"],
};

describe("NewsArticle JSON-LD", () => {
  const html = `<script type="application/ld+json">${serializeJsonLd([newsArticleJsonLd(article), breadcrumbJsonLd(articleBreadcrumbs(article))])}</script>`;

  it("cannot close its script element early", () => {
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<script><");
  });

  it("parses back with every field Google requires, times in +09:00", () => {
    const json = /<script type="application\/ld\+json">(.*)<\/script>/s.exec(html)?.[1] ?? "";
    const [news, crumbs] = JSON.parse(json) as [Record<string, unknown>, Record<string, unknown>];
    expect(news).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      datePublished: "2020-02-18T10:00:00+09:00",
      dateModified: "2020-02-18T12:30:00+09:00",
      author: [{ "@type": "Person", name: "편집부" }],
      publisher: { "@type": "NewsMediaOrganization", name: expect.any(String), logo: { "@type": "ImageObject", url: expect.stringMatching(/^https?:\/\/.+\/logo\.png$/) } },
    });
    expect(news.image).toEqual([expect.stringMatching(/^https?:\/\/[^/]+\/media\/lead\.jpg$/)]);
    expect(String((news.mainEntityOfPage as { "@id": string })["@id"])).toMatch(/\/article\/42$/);
    expect(crumbs["@type"]).toBe("BreadcrumbList");
    const items = crumbs.itemListElement as Array<{ position: number; name: string; item: string }>;
    expect(items.map((i) => [i.position, i.name])).toEqual([
      [1, "홈"],
      [2, "행정"],
      [3, article.title],
    ]);
    expect(items[1]!.item).toMatch(/\/board\/news$/);
  });

  it("never reports a modification before publication", () => {
    const json = newsArticleJsonLd({ ...article, editedAt: new Date("2020-01-01T00:00:00Z") });
    expect(json.dateModified).toBe(json.datePublished);
  });

  it("names a newsroom reporter as the author with their profile page", () => {
    const json = JSON.parse(serializeJsonLd(newsArticleJsonLd({ ...article, reporter: { id: 7, name: "홍길동" } }))) as { author: unknown };
    expect(json.author).toEqual([{ "@type": "Person", name: "홍길동", url: expect.stringMatching(/^https?:\/\/[^/]+\/reporter\/7$/) }]);
  });
});

describe("ProfilePage JSON-LD", () => {
  it("describes the reporter as a Person with their page, email and photo", () => {
    const json = JSON.parse(serializeJsonLd(profilePageJsonLd({ id: 7, name: "홍길동", email: "hong@example.com", bio: "시청 담당", image: "/media/p.jpg" })));
    expect(json).toMatchObject({
      "@type": "ProfilePage",
      url: expect.stringMatching(/\/reporter\/7$/),
      mainEntity: { "@type": "Person", name: "홍길동", email: "mailto:hong@example.com", description: "시청 담당", image: expect.stringMatching(/^https?:\/\/.+\/media\/p\.jpg$/) },
    });
  });
});

describe("schedule Event JSON-LD", () => {
  it("describes each entry as an Event starting at Seoul time, at its place (the city when none)", async () => {
    const { scheduleEventsJsonLd } = await import("@/lib/seo/schedule");
    const events = JSON.parse(
      serializeJsonLd(
        scheduleEventsJsonLd(
          "2026-02-19",
          [
            { id: 1, time: "08:30", event: "간부회의", place: "부시장실", attendees: "9명", department: "행정지원과", host: "부시장" },
            { id: 2, time: "14:00", event: "현장 점검", place: null, attendees: null, department: null, host: null },
          ],
          "남원시",
        ),
      ),
    ) as Array<Record<string, unknown>>;
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "간부회의",
      startDate: "2026-02-19T08:30:00+09:00",
      location: { "@type": "Place", name: "부시장실", address: { "@type": "PostalAddress", addressLocality: "남원시", addressCountry: "KR" } },
      organizer: { "@type": "Organization", name: "행정지원과 부시장" },
      description: "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장",
      url: expect.stringMatching(/\/schedule\/2026-02-19$/),
    });
    expect(new Date(String(events[0]!.startDate)).toISOString()).toBe("2026-02-18T23:30:00.000Z");
    expect(events[1]).toMatchObject({ name: "현장 점검", startDate: "2026-02-19T14:00:00+09:00", location: { name: "남원시" } });
    expect(events[1]!.organizer).toBeUndefined();
  });
});

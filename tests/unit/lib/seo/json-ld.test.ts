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

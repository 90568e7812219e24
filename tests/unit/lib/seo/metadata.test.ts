import { describe, expect, it } from "vitest";
import { boardMetadata, homeMetadata, searchMetadata } from "@/lib/seo/lists";
import { listPath, pageMetadata } from "@/lib/seo/metadata";

type Feed = { url: string; title: string };
function feeds(metadata: ReturnType<typeof pageMetadata>): string[] {
  const types = metadata.alternates?.types as Record<string, Feed[]> | undefined;
  return (types?.["application/rss+xml"] ?? []).map((feed) => feed.url);
}

describe("page metadata", () => {
  it("keeps the site feed next to a page's own canonical", () => {
    const metadata = pageMetadata({ title: "제목", description: "설명", path: "/article/1" });
    expect(metadata.alternates?.canonical).toBe("/article/1");
    expect(feeds(metadata)).toEqual(["/rss.xml"]);
    expect(metadata.openGraph).toMatchObject({ url: "/article/1", siteName: expect.any(String), locale: "ko_KR", images: [expect.objectContaining({ url: "/opengraph-image" })] });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("makes page 1 canonical without ?page and later pages self-canonical, with the board feed", () => {
    const board = { slug: "news", name: "행정", description: "" };
    expect(boardMetadata(board, 1).alternates?.canonical).toBe("/board/news");
    const third = boardMetadata(board, 3);
    expect(third.alternates?.canonical).toBe("/board/news?page=3");
    expect(third.title).toBe("행정 3페이지");
    expect(feeds(third)).toEqual(["/rss.xml", "/board/news/rss.xml"]);
    expect(boardMetadata(board, 2, "공공의대").robots).toMatchObject({ index: false });
    expect(listPath("/search", 2, { q: "공공 의대" })).toBe("/search?q=%EA%B3%B5%EA%B3%B5+%EC%9D%98%EB%8C%80&page=2");
  });

  it("never indexes search results and names home canonical /", () => {
    expect(searchMetadata("공공", 1).robots).toMatchObject({ index: false, follow: true });
    expect(homeMetadata().alternates?.canonical).toBe("/");
    expect(feeds(homeMetadata())).toEqual(["/rss.xml"]);
  });
});

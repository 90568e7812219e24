import { siteUrl } from "@/lib/env";
import { getBoardFeedData } from "@/lib/feeds/queries";
import { buildRss } from "@/lib/feeds/rss";
import { storedDecision } from "@/lib/routing/path-decisions";
import { boardFeedPath } from "@/lib/seo/metadata";
import { seo } from "@/lib/strings";

// A board's feed: /board/{slug}/rss.xml, generated on first request and then served from the
// shared cache until a publish in the board expires its tags.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const data = await getBoardFeedData(slug);
  if (!data) {
    // The feed of a board that moved follows it.
    const moved = await storedDecision(`/board/${slug}/rss.xml`);
    if (moved?.kind === "redirect") return new Response(null, { status: moved.statusCode, headers: { location: moved.location } });
    return new Response(seo.boardFeedNotFound, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const base = siteUrl();
  const xml = buildRss(
    {
      title: seo.boardRssTitle(data.board.name),
      description: data.board.description || seo.boardDescription(data.board.name),
      link: `${base}/board/${encodeURIComponent(data.board.slug)}`,
      self: `${base}${boardFeedPath(data.board.slug)}`,
      siteUrl: base,
      updated: data.updated,
    },
    data.articles,
  );
  return new Response(xml, { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}

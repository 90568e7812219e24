import { siteUrl } from "@/lib/env";
import { getSiteFeedData } from "@/lib/feeds/queries";
import { buildRss } from "@/lib/feeds/rss";
import { SITE_FEED_PATH } from "@/lib/seo/metadata";
import { common, seo } from "@/lib/strings";

export async function GET(): Promise<Response> {
  const base = siteUrl();
  const { articles, updated } = await getSiteFeedData();
  const xml = buildRss(
    { title: common.siteTitle, description: seo.siteDescription, link: `${base}/`, self: `${base}${SITE_FEED_PATH}`, siteUrl: base, updated },
    articles,
  );
  return new Response(xml, { headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
}

import { Feed } from "feed";
import { common } from "@/lib/strings/common";
import { fitContentBudget } from "./content";

// Pure builders: data in, RSS 2.0 XML out (the `feed` library does the escaping).

export type FeedArticle = {
  id: number;
  title: string;
  excerpt: string;
  authorName: string;
  boardName: string;
  publishedAt: Date;
  /** The full article as HTML (lib/feeds/content.ts), for `content:encoded`. */
  content?: string;
};

export type FeedChannel = {
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors (home or board). */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  /** Absolute site URL, to make article links absolute. */
  siteUrl: string;
  /** Newest change among the items: the channel's lastBuildDate, stable between builds. */
  updated: Date;
};

export const FEED_ITEM_LIMIT = 50;

export function buildRss(channel: FeedChannel, articles: readonly FeedArticle[]): string {
  const feed = new Feed({
    id: channel.link,
    title: channel.title,
    description: channel.description,
    link: channel.link,
    language: "ko",
    updated: channel.updated,
    generator: false,
    feedLinks: { rss: channel.self },
    copyright: common.copyright,
    ttl: 10,
  });
  for (const article of fitContentBudget(articles)) {
    const link = `${channel.siteUrl}/article/${article.id}`;
    feed.addItem({
      // No id/guid: the library then writes the link as a permalink guid.
      title: article.title,
      link,
      date: article.publishedAt,
      description: article.excerpt,
      content: article.content,
      category: [{ name: article.boardName }],
    });
  }
  return feed.rss2();
}

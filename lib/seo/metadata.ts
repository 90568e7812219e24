import type { Metadata } from "next";
import { site } from "@/lib/site";
import { seo } from "@/lib/strings/seo";

/** The site feed, linked from every page. */
export const SITE_FEED_PATH = "/rss.xml";

/** A board's own RSS 2.0 feed. */
export function boardFeedPath(slug: string): string {
  return `/board/${encodeURIComponent(slug)}/rss.xml`;
}

type Feed = { url: string; title: string };

/**
 * app/opengraph-image.tsx. Named explicitly: once a page sets its own `openGraph`, Next drops
 * the file-based image inherited from the root.
 */
export const DEFAULT_OG_IMAGE = { url: "/opengraph-image", width: 1200, height: 630, alt: `${site.tagline} ${site.name}` };

/**
 * `alternates` of a page. Next replaces the layout's `alternates` wholesale when a page sets its
 * own (to add a canonical), so every page's alternates go through here to keep the RSS link.
 */
export function feedAlternates(canonical?: string, boardFeed?: Feed): NonNullable<Metadata["alternates"]> {
  const feeds: Feed[] = [{ url: SITE_FEED_PATH, title: seo.rssTitle }];
  if (boardFeed) feeds.push(boardFeed);
  const types = { "application/rss+xml": feeds };
  // No canonical in the root layout: a page that inherited "/" would point crawlers home.
  return canonical ? { canonical, types } : { types };
}

/** A list's canonical: page 1 has no `?page`, later pages are their own canonical. */
export function listPath(path: string, page: number, extra?: Record<string, string>): string {
  const params = new URLSearchParams(extra);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export type PageMetadataInput = {
  title: string;
  description: string;
  /** Path (and query) of the canonical URL, e.g. `/board/news?page=3`. */
  path: string;
  /** A board whose feed the page also advertises. */
  board?: { slug: string; name: string };
  /** `article` pages add times and a section; everything else is a `website`. */
  article?: { publishedTime: string; modifiedTime: string; section: string; authors: string[] };
  /**
   * Share image; the site's default card when undefined. null leaves it to an `opengraph-image`
   * file in the page's own segment (Next links it, with a route-group hash in its URL).
   */
  image?: { url: string; width: number; height: number; alt: string } | null;
  /** Search result pages are not worth indexing. */
  noindex?: boolean;
};

/**
 * Metadata for any public page: title, description, canonical, the RSS links, OpenGraph and
 * Twitter card. Pages set their whole `openGraph` object because Next does not deep-merge it
 * with the layout's either.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const boardFeed = input.board
    ? { url: boardFeedPath(input.board.slug), title: seo.boardRssTitle(input.board.name) }
    : undefined;
  const images = input.image === null ? undefined : [input.image ?? DEFAULT_OG_IMAGE];
  const common = {
    title: input.title,
    description: input.description,
    url: input.path,
    siteName: site.name,
    locale: "ko_KR",
    ...(images ? { images } : {}),
  };
  return {
    title: input.title,
    description: input.description,
    alternates: feedAlternates(input.path, boardFeed),
    openGraph: input.article
      ? {
          ...common,
          type: "article",
          publishedTime: input.article.publishedTime,
          modifiedTime: input.article.modifiedTime,
          section: input.article.section,
          authors: input.article.authors,
        }
      : { ...common, type: "website" },
    twitter: {
      card: "summary_large_image",
      title: input.title,
      description: input.description,
      ...(images ? { images } : {}),
    },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Metadata of page N of a paginated list (board, search): self-canonical, `N페이지` in the title. */
export function listMetadata(input: {
  title: string;
  description: string;
  path: string;
  page: number;
  query?: Record<string, string>;
  board?: { slug: string; name: string };
  noindex?: boolean;
}): Metadata {
  const title = input.page > 1 ? `${input.title} ${seo.pageSuffix(input.page)}` : input.title;
  return pageMetadata({
    title,
    description: input.description,
    path: listPath(input.path, input.page, input.query),
    board: input.board,
    noindex: input.noindex,
  });
}

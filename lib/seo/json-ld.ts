import { siteUrl } from "@/lib/env";
import { site } from "@/lib/site";
import { seo } from "@/lib/strings/seo";
import { isoSeoul } from "@/lib/time";

export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so a title containing
 * `</script>` cannot end the script early; U+2028/2029 for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}

/** The publisher block Google asks for: the organization with its logo. */
export function publisherJsonLd(): JsonLd {
  return {
    "@type": "NewsMediaOrganization",
    name: site.name,
    url: absoluteUrl("/"),
    logo: { "@type": "ImageObject", url: absoluteUrl("/logo.png"), width: 600, height: 60 },
  };
}

export type ArticleJsonLdInput = {
  id: number;
  title: string;
  description: string;
  publishedAt: Date;
  editedAt: Date;
  authorName: string;
  board: { slug: string; name: string };
  /** Absolute or root-relative image URLs, best first. */
  images: string[];
};

export function articleUrl(id: number): string {
  return absoluteUrl(`/article/${id}`);
}

/** `NewsArticle` with times in +09:00, so Google reads the newsroom's own clock. */
export function newsArticleJsonLd(article: ArticleJsonLdInput): JsonLd {
  const url = articleUrl(article.id);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: article.description,
    image: article.images.map(absoluteUrl),
    datePublished: isoSeoul(article.publishedAt),
    dateModified: isoSeoul(article.editedAt > article.publishedAt ? article.editedAt : article.publishedAt),
    author: [{ "@type": "Person", name: article.authorName }],
    publisher: publisherJsonLd(),
    articleSection: article.board.name,
    inLanguage: "ko-KR",
    isAccessibleForFree: true,
  };
}

export type Crumb = { name: string; path: string };

export function breadcrumbJsonLd(crumbs: Crumb[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** Home › board › article, as the article page's breadcrumbs. */
export function articleBreadcrumbs(article: { id: number; title: string; board: { slug: string; name: string } }): Crumb[] {
  return [
    { name: seo.home, path: "/" },
    { name: article.board.name, path: `/board/${encodeURIComponent(article.board.slug)}` },
    { name: article.title, path: `/article/${article.id}` },
  ];
}

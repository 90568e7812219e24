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
  /** The reporter behind the byline, when it is a newsroom account: their profile page. */
  reporter?: { id: number; name: string } | null;
  board: { slug: string; name: string };
  /** Absolute or root-relative image URLs, best first. */
  images: string[];
};

export function reporterUrl(id: number): string {
  return absoluteUrl(`/reporter/${id}`);
}

/** A reporter as schema.org `Person`, with the profile page as its URL. */
export function reporterPersonJsonLd(reporter: { id: number; name: string; email?: string | null; bio?: string; image?: string | null }): JsonLd {
  return {
    "@type": "Person",
    name: reporter.name,
    url: reporterUrl(reporter.id),
    jobTitle: seo.reporterJobTitle,
    ...(reporter.email ? { email: `mailto:${reporter.email}` } : {}),
    ...(reporter.bio ? { description: reporter.bio } : {}),
    ...(reporter.image ? { image: absoluteUrl(reporter.image) } : {}),
    worksFor: { "@type": "NewsMediaOrganization", name: site.name, url: absoluteUrl("/") },
  };
}

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
    author: [article.reporter ? { "@type": "Person", name: article.reporter.name, url: reporterUrl(article.reporter.id) } : { "@type": "Person", name: article.authorName }],
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

/** A reporter's page: `ProfilePage` about the reporter. */
export function profilePageJsonLd(reporter: Parameters<typeof reporterPersonJsonLd>[0]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: reporterUrl(reporter.id),
    inLanguage: "ko-KR",
    mainEntity: reporterPersonJsonLd(reporter),
  };
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { articleBreadcrumbs, breadcrumbJsonLd, newsArticleJsonLd, reporterUrl, type JsonLd } from "./json-ld";
import { DEFAULT_OG_IMAGE, pageMetadata } from "./metadata";
import { getArticle, parseArticleId, type ArticleDetail } from "@/lib/articles/queries";
import { getReporter } from "@/lib/reporters/queries";
import { isoSeoul } from "@/lib/time";

type ArticleSeoInput = Pick<ArticleDetail, "id" | "title" | "excerpt" | "authorName" | "publishedAt" | "editedAt" | "board"> & {
  leadImage: { src: string } | null;
  /** The newsroom account behind the byline, if any. */
  reporter?: { id: number; name: string } | null;
};

function description(article: ArticleSeoInput): string {
  return article.excerpt || article.title;
}

export function articleMetadata(article: ArticleSeoInput): Metadata {
  return pageMetadata({
    title: article.title,
    description: description(article),
    path: `/article/${article.id}`,
    board: { slug: article.board.slug, name: article.board.name },
    article: {
      publishedTime: isoSeoul(article.publishedAt),
      modifiedTime: isoSeoul(article.editedAt),
      section: article.board.name,
      authors: [article.reporter ? reporterUrl(article.reporter.id) : article.authorName],
    },
    // app/(site)/article/[id]/opengraph-image.tsx, linked by Next.
    image: null,
  });
}

/**
 * The article page's `generateMetadata`: shares the cached getArticle read with the page, and
 * calls notFound() itself, so an unknown id is a 404 before any byte is sent.
 */
export async function generateArticleMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseArticleId((await params).id);
  const article = id === null ? null : await getArticle(id);
  if (!article) notFound();
  const reporter = article.authorId === null ? null : await getReporter(article.authorId);
  return articleMetadata({ ...article, reporter });
}

/** `NewsArticle` and `BreadcrumbList` for the article page. */
export function articleStructuredData(article: ArticleSeoInput): JsonLd[] {
  const images = [article.leadImage?.src ?? DEFAULT_OG_IMAGE.url];
  return [
    newsArticleJsonLd({
      id: article.id,
      title: article.title,
      description: description(article),
      publishedAt: article.publishedAt,
      editedAt: article.editedAt,
      authorName: article.authorName,
      reporter: article.reporter,
      board: article.board,
      images,
    }),
    breadcrumbJsonLd(articleBreadcrumbs(article)),
  ];
}

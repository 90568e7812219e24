import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { RelatedArticles } from "@/components/article/related-articles";
import { ViewBeacon } from "@/components/article/view-beacon";
import { MostRead } from "@/components/views/most-read";
import { BoardList } from "@/components/board/board-list";
import { boardHref } from "@/lib/boards/href";
import { Pagination } from "@/components/pagination";
import { ArticleStructuredData } from "@/components/seo/article-structured-data";
import { TitledSection } from "@/components/ui/titled-section";
import {
  countBoardArticles,
  getAdjacentArticles,
  getArticle,
  getViewCount,
  listBoardPage,
  listPinnedArticles,
  parseArticleId,
} from "@/lib/articles/queries";
import { listRelatedArticles } from "@/lib/articles/related";
import { pageOfBoardSeq, totalPages } from "@/lib/pagination";
import { getReporter } from "@/lib/reporters/queries";
import { generateArticleMetadata } from "@/lib/seo/article";
import { reader } from "@/lib/strings";

// Incremental static regeneration: each article page is rendered on its first request and then
// served from the full-route cache (no render, no query) until a publish expires its tags
// (article:{id}, board:{slug}, reporter:{author}, most-read, boards) or 5 minutes pass — the
// bound on how old the shown view count may be (the count itself is exact in the database). A
// shorter bound re-renders every article being read once per bound: with 240 articles read at
// once that was half a core on this 2-core machine at 60 s. Nothing per-reader is rendered here;
// counting happens in the beacon request.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ id: string }[]> {
  return [];
}

type Props = { params: Promise<{ id: string }> };

// Title, description, canonical, OpenGraph/Twitter, feed links (lib/seo/article.ts).
export const generateMetadata: (props: Props) => Promise<Metadata> = generateArticleMetadata;

export default async function ArticlePage({ params }: Props) {
  const id = parseArticleId((await params).id);
  // Decided before anything streams, so unknown ids get a real 404 status.
  const article = id === null ? null : await getArticle(id);
  if (!article) notFound();

  const board = article.board;
  const [viewCount, adjacent, total, pinned, reporter, related] = await Promise.all([
    getViewCount(article.id),
    getAdjacentArticles(board, article.boardSeq),
    countBoardArticles(board),
    listPinnedArticles(board),
    article.authorId === null ? null : getReporter(article.authorId),
    listRelatedArticles({ id: article.id, boardId: board.id, boardSlug: board.slug, title: article.title, publishedAt: article.publishedAt }),
  ]);
  const page = article.boardSeq === null ? 1 : pageOfBoardSeq(total, article.boardSeq, board.pageSize);
  const items = await listBoardPage(board, total, page);

  return (
    <main id="main" className="mx-auto grid max-w-5xl gap-x-10 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <ArticleStructuredData article={article} reporter={reporter} />
        <ArticleView article={article} reporter={reporter} viewCount={viewCount} adjacent={adjacent} />
        <RelatedArticles items={related} />
        <TitledSection
          id="board-list-heading"
          title={reader.boardListOf(board.name)}
          className="mt-10 print:hidden"
          headingClassName="border-b-2 border-ink pb-2 text-lg font-bold"
        >
          <BoardList pinned={pinned} items={items} currentId={article.id} headingLevel="h3" />
          <Pagination current={page} totalPages={totalPages(total, board.pageSize)} href={(n) => boardHref(board.slug, n)} />
        </TitledSection>
      </div>
      <aside className="mt-10 lg:mt-0 print:hidden">
        <MostRead />
      </aside>
      <ViewBeacon articleId={article.id} />
    </main>
  );
}

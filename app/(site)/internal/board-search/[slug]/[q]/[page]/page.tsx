import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BoardSearchView } from "@/components/board/board-page-view";
import { getBoard } from "@/lib/articles/queries";
import { keepOutOfCache } from "@/lib/cache/no-store";
import { parsePageParam } from "@/lib/pagination";
import { lastSearchPage, parseSearchQuery } from "@/lib/search/terms";
import { searchArticles, type SearchResult } from "@/lib/search/queries";
import { queryFromSegment } from "@/lib/search/segment";
import { boardMetadata } from "@/lib/seo/lists";

// `/board/{slug}?q=…&page=N`, rewritten here by the proxy with the term in the path, and cached
// for a minute per query (like site-wide search).
export const revalidate = 60;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ slug: string; q: string; page: string }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string; q: string; page: string }> };

async function input(params: Props["params"]) {
  const { slug, q, page } = await params;
  const raw = queryFromSegment(q);
  const parsed = parsePageParam(page);
  if (raw === null || !parsed.ok) notFound();
  const board = await getBoard(slug);
  if (!board) notFound();
  return { board, query: parseSearchQuery(raw), page: parsed.page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { board, query, page } = await input(params);
  return boardMetadata(board, page, query.kind === "none" ? undefined : query.q);
}

export default async function BoardSearchPage({ params }: Props) {
  const { board, query, page } = await input(params);
  const result: SearchResult =
    query.kind === "ok" ? await searchArticles(query.q, { boardId: board.id, page, pageSize: board.pageSize }) : { hits: [], count: 0, capped: false, cap: 0 };
  const lastPage = lastSearchPage(result.count, board.pageSize, result.cap);
  if (page > 1 && page > lastPage) notFound();
  // As in site-wide search: only searches that found something are kept.
  if (result.hits.length === 0) await keepOutOfCache();
  return <BoardSearchView board={board} query={query} page={page} lastPage={lastPage} result={result} />;
}

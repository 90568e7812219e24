import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BoardList } from "@/components/board/board-list";
import { boardHref } from "@/components/board/board-href";
import { Pagination } from "@/components/pagination";
import { PaginationLinks } from "@/components/seo/pagination-links";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchSummary } from "@/components/search/search-summary";
import { countBoardArticles, getBoard, listBoardPage, listPinnedArticles } from "@/lib/articles/queries";
import { parsePageParam, totalPages } from "@/lib/pagination";
import { lastSearchPage, parseSearchQuery } from "@/lib/search/query";
import { searchArticles } from "@/lib/search/queries";
import { boardMetadata } from "@/lib/seo/lists";
import { reader } from "@/lib/strings";

// Rendered per request (the page number is in the query string), from cached data: the board,
// its total, its pinned notices and each page's rows are cached under board:{slug}.
type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const board = await getBoard((await params).slug);
  if (!board) return {};
  const sp = await searchParams;
  const page = parsePageParam(sp.page);
  const query = parseSearchQuery(sp.q);
  // Self-canonical per page, feed links, OpenGraph (lib/seo/lists.ts).
  return boardMetadata(board, page.ok ? page.page : 1, query.kind === "none" ? undefined : query.q);
}

export default async function BoardPage({ params, searchParams }: Props) {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const board = await getBoard(slug);
  if (!board) notFound();
  const query = parseSearchQuery(sp.q);
  const pageParam = parsePageParam(sp.page);
  // Garbage page numbers go to page 1; numbers past the end are a 404 (below).
  if (!pageParam.ok) redirect(boardHref(board.slug, 1, query.kind === "ok" ? query.q : undefined));
  const page = pageParam.page;

  const heading = (
    <div className="flex flex-wrap items-end justify-between gap-3 border-b-2 border-ink pb-3">
      <h1 className="text-2xl font-bold">{board.name}</h1>
      <SearchForm action={boardHref(board.slug)} id="board-search" label={reader.searchInBoard(board.name)} defaultValue={query.kind === "none" ? "" : query.q} />
    </div>
  );

  if (query.kind !== "none") {
    const result = query.kind === "ok" ? await searchArticles(query.q, { boardId: board.id, page, pageSize: board.pageSize }) : { hits: [], count: 0, capped: false, cap: 0 };
    const last = lastSearchPage(result.count, board.pageSize, result.cap);
    if (page > 1 && page > last) notFound();
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        {heading}
        <SearchSummary query={query} count={result.count} capped={result.capped} timedOut={result.timedOut} busy={result.busy} />
        {result.hits.length > 0 && <SearchResults hits={result.hits} showBoard={false} />}
        {query.kind === "ok" && result.count > board.pageSize && (
          <Pagination current={page} totalPages={last} href={(n) => boardHref(board.slug, n, query.q)} />
        )}
      </main>
    );
  }

  const total = await countBoardArticles(board);
  const pages = totalPages(total, board.pageSize);
  if (page > pages) notFound();
  const [pinned, items] = await Promise.all([listPinnedArticles(board), listBoardPage(board, total, page)]);

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      {heading}
      {board.description && <p className="mt-3 text-muted">{board.description}</p>}
      {pinned.length === 0 && items.length === 0 ? (
        <p className="my-6">{reader.boardEmpty}</p>
      ) : (
        <BoardList pinned={pinned} items={items} />
      )}
      <Pagination current={page} totalPages={pages} href={(n) => boardHref(board.slug, n)} />
      <PaginationLinks current={page} totalPages={pages} href={(n) => boardHref(board.slug, n)} />
    </main>
  );
}

import { BoardList } from "@/components/board/board-list";
import { boardHref } from "@/lib/boards/href";
import { Pagination } from "@/components/pagination";
import { PaginationLinks } from "@/components/seo/pagination-links";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchSummary } from "@/components/search/search-summary";
import type { BoardInfo, BoardListItem } from "@/lib/articles/queries";
import type { SearchQuery } from "@/lib/search/terms";
import type { SearchResult } from "@/lib/search/queries";
import { reader } from "@/lib/strings";

function BoardHeading({ board, query }: { board: BoardInfo; query: string }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 border-b-2 border-ink pb-3">
      <h1 className="text-2xl font-bold">{board.name}</h1>
      <SearchForm action={boardHref(board.slug)} id="board-search" label={reader.searchInBoard(board.name)} defaultValue={query} />
    </div>
  );
}

/** Page `page` of a board's listing: pinned notices, the page's articles, numbered pages. */
export function BoardPageView({ board, page, pages, pinned, items }: { board: BoardInfo; page: number; pages: number; pinned: BoardListItem[]; items: BoardListItem[] }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <BoardHeading board={board} query="" />
      {board.description && <p className="mt-3 text-muted">{board.description}</p>}
      {pinned.length === 0 && items.length === 0 ? <p className="my-6">{reader.boardEmpty}</p> : <BoardList pinned={pinned} items={items} />}
      <Pagination current={page} totalPages={pages} href={(n) => boardHref(board.slug, n)} />
      <PaginationLinks current={page} totalPages={pages} href={(n) => boardHref(board.slug, n)} />
    </main>
  );
}

/** A search inside one board (`/board/{slug}?q=…`). */
export function BoardSearchView({ board, query, page, lastPage, result }: { board: BoardInfo; query: SearchQuery; page: number; lastPage: number; result: SearchResult }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <BoardHeading board={board} query={query.kind === "none" ? "" : query.q} />
      <SearchSummary query={query} count={result.count} capped={result.capped} timedOut={result.timedOut} busy={result.busy} />
      {result.hits.length > 0 && <SearchResults hits={result.hits} showBoard={false} />}
      {query.kind === "ok" && result.count > board.pageSize && <Pagination current={page} totalPages={lastPage} href={(n) => boardHref(board.slug, n, query.q)} />}
    </main>
  );
}

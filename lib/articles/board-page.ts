import "server-only";
import { countBoardArticles, listBoardPage, listPinnedArticles, type BoardInfo, type BoardListItem } from "@/lib/articles/queries";
import { totalPages } from "@/lib/pagination";

export type BoardPageData = { page: number; pages: number; pinned: BoardListItem[]; items: BoardListItem[] };

/** Page `page` of `board`'s listing, or null past its last page (a 404). All reads are cached. */
export async function readBoardPage(board: BoardInfo, page: number): Promise<BoardPageData | null> {
  const total = await countBoardArticles(board);
  const pages = totalPages(total, board.pageSize);
  if (page > pages) return null;
  const [pinned, items] = await Promise.all([listPinnedArticles(board), listBoardPage(board, total, page)]);
  return { page, pages, pinned, items };
}

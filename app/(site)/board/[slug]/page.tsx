import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BoardPageView } from "@/components/board/board-page-view";
import { readBoardPage } from "@/lib/articles/board-page";
import { getBoard } from "@/lib/articles/queries";
import { boardMetadata } from "@/lib/seo/lists";

// Page 1 of a board, `/board/{slug}`: rendered on first request, then served from the shared
// cache until a publish expires board:{slug}. Later pages (`?page=N`) are rewritten by
// next.config.ts to app/(site)/internal/board/[slug]/page/[page]; a search in the board (`?q=`)
// by the proxy to app/(site)/internal/board-search.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const board = await getBoard((await params).slug);
  return board ? boardMetadata(board, 1) : {};
}

export default async function BoardPage({ params }: Props) {
  const { slug } = await params;
  const board = await getBoard(slug);
  // Unknown here; a board that moved is redirected by the HTTP cache in front, which asks
  // app/api/internal/path-status about every 404 (a page cannot answer a cached redirect
  // correctly in Next 16.4: vercel/next.js#82117 sends its Location header twice).
  if (!board) notFound();
  const data = await readBoardPage(board, 1);
  if (!data) notFound();
  return <BoardPageView board={board} {...data} />;
}

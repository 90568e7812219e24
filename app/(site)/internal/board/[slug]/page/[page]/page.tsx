import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BoardPageView } from "@/components/board/board-page-view";
import { readBoardPage } from "@/lib/articles/board-page";
import { getBoard } from "@/lib/articles/queries";
import { parsePageParam } from "@/lib/pagination";
import { boardMetadata } from "@/lib/seo/lists";

// `/board/{slug}?page=N`, rewritten here by next.config.ts (a number in the path is what the
// full-route cache keys on). Each page is rendered on first request and served from the shared
// cache until a publish in the board expires board:{slug}; deep pages cost what page 1 costs.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ slug: string; page: string }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

async function pageNumber(params: Props["params"]): Promise<{ slug: string; page: number }> {
  const { slug, page } = await params;
  const parsed = parsePageParam(page);
  if (!parsed.ok) notFound();
  return { slug, page: parsed.page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await pageNumber(params);
  const board = await getBoard(slug);
  return board ? boardMetadata(board, page) : {};
}

export default async function BoardNumberedPage({ params }: Props) {
  const { slug, page } = await pageNumber(params);
  const board = await getBoard(slug);
  // Unknown here; a board that moved is redirected by the HTTP cache in front, which asks
  // app/api/internal/path-status about every 404 (a page cannot answer a cached redirect
  // correctly in Next 16.4: vercel/next.js#82117 sends its Location header twice).
  if (!board) notFound();
  const data = await readBoardPage(board, page);
  if (!data) notFound();
  return <BoardPageView board={board} {...data} />;
}

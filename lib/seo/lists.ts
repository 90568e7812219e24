import type { Metadata } from "next";
import { listMetadata, pageMetadata } from "./metadata";
import { common } from "@/lib/strings/common";
import { reader } from "@/lib/strings/reader";
import { seo } from "@/lib/strings/seo";

// Metadata of the list pages (home, board pages, search), used by their generateMetadata.

export function homeMetadata(): Metadata {
  // The root layout's title.default; an absolute title skips the "%s | site" template.
  return { ...pageMetadata({ title: common.siteTitle, description: seo.siteDescription, path: "/" }), title: { absolute: common.siteTitle } };
}

/**
 * Page N of a board: self-canonical (`?page=N`, page 1 bare), the board's own feed advertised.
 * A search inside the board (`?q=`) is not indexed.
 */
export function boardMetadata(board: { slug: string; name: string; description: string }, page: number, query?: string): Metadata {
  const metadata = listMetadata({
    title: board.name,
    description: board.description || seo.boardDescription(board.name),
    path: `/board/${encodeURIComponent(board.slug)}`,
    page,
    query: query ? { q: query } : undefined,
    board,
    noindex: Boolean(query),
  });
  return page > 1 ? { ...metadata, title: reader.boardPageTitle(board.name, page) } : metadata;
}

export function searchMetadata(query: string, page: number): Metadata {
  return listMetadata({
    title: seo.searchTitle(query),
    description: seo.searchDescription(query),
    path: "/search",
    page,
    query: query ? { q: query } : undefined,
    noindex: true,
  });
}

/** Page N of a reporter's page: self-canonical like a board's pages. */
export function reporterMetadata(reporter: { id: number; name: string; bio: string }, page: number): Metadata {
  return listMetadata({
    title: reader.reporterName(reporter.name),
    description: reporter.bio ? reporter.bio.replace(/\s+/g, " ").slice(0, 160) : seo.reporterDescription(reporter.name),
    path: `/reporter/${reporter.id}`,
    page,
  });
}

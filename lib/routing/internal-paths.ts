import { parsePageParam } from "@/lib/pagination";
import { searchSegment } from "@/lib/search/segment";

// Public reader URLs that are cached under another, internal path (the full-route cache keys a
// page by its path, and only paths with a dynamic segment render on first request rather than
// at build, which has no database). Fixed mappings (`/`, `/schedule`, `/board/{slug}?page=N`,
// the feeds) and searches for plain terms are rewrites in next.config.ts and never touch the
// proxy, which costs as much as serving the cached page; the ones here carry search terms that
// only code can put into a path safely (lib/search/segment.ts PLAIN_TERM). The internal paths
// answer 404 when asked for directly (proxy.ts).

export const INTERNAL_PREFIX = "/internal";

export type InternalRoute = { kind: "rewrite"; path: string } | { kind: "redirect"; location: string } | null;

/** The last of a repeated parameter, as Next's rewrites read it (`?q=a&q=b` searches "b"). */
function lastValue(params: URLSearchParams, name: string): string | null {
  return params.getAll(name).at(-1) ?? null;
}

/** Where a search URL is rendered, a redirect for a malformed page number, or null. */
export function internalRouteFor(url: URL): InternalRoute {
  const { pathname, searchParams } = url;
  const reporterMatch = /^\/reporter\/([^/]+)$/.exec(pathname);
  if (reporterMatch) {
    // Only malformed page numbers reach here (next.config.ts rewrites the proper ones).
    return parsePageParam(searchParams.getAll("page")[0] ?? undefined).ok ? null : { kind: "redirect", location: `/reporter/${reporterMatch[1]}` };
  }
  const boardMatch = /^\/board\/([^/]+)$/.exec(pathname);
  if (pathname !== "/search" && !boardMatch) return null;
  const q = lastValue(searchParams, "q");
  const pages = searchParams.getAll("page");
  const page = parsePageParam(pages.length > 1 ? pages : (pages[0] ?? undefined));
  const base = boardMatch ? `/board/${boardMatch[1]}` : "/search";
  if (!page.ok) {
    // Garbage page numbers go to the first page, the term kept.
    const keep = new URLSearchParams();
    if (q !== null) keep.set("q", q);
    const query = keep.toString();
    return { kind: "redirect", location: `${base}${query ? `?${query}` : ""}` };
  }
  if (q === null) return null;
  const segment = searchSegment(q);
  return {
    kind: "rewrite",
    path: boardMatch ? `${INTERNAL_PREFIX}/board-search/${boardMatch[1]}/${segment}/${page.page}` : `${INTERNAL_PREFIX}/search/${segment}/${page.page}`,
  };
}

import { tags as tagNames } from "@/lib/cache/tags";
import { env } from "@/lib/env";

// The HTTP cache in front (nginx, deploy/nginx) keeps reader pages for a second. The pages a
// change must show at once are also purged there by exact key, right after their tags expired
// in the shared cache (so the edge's next request finds the origin fresh). Everything else a
// change touches (deeper board pages, other articles' lists) catches up within that second.
// EDGE_PURGE_URLS lists each edge's purge address (e.g. http://127.0.0.1:8080/_purge).

/** The public paths to purge for expired tags: the pages those tags stand for. */
export function pathsForTags(tags: readonly string[]): string[] {
  const paths = new Set<string>();
  for (const tag of tags) {
    if (tag === tagNames.articles || tag === tagNames.boards || tag === tagNames.mostRead || tag === tagNames.siteSettings) paths.add("/");
    if (tag === tagNames.articles || tag === tagNames.feeds) paths.add("/rss.xml");
    if (tag === tagNames.feeds) paths.add("/schedule.ics");
    if (tag === tagNames.sitemap || tag === tagNames.sitemapChunks) {
      for (const path of ["/sitemap.xml", "/news-sitemap.xml", "/sitemaps/pages.xml"]) paths.add(path);
    }
    const [kind, value] = tag.split(/:(.*)/s);
    if (!value) continue;
    if (kind === "article") paths.add(`/article/${value}`);
    if (kind === "reporter") paths.add(`/reporter/${value}`);
    if (kind === "board") {
      const slug = encodeURIComponent(value);
      paths.add(`/board/${slug}`);
      paths.add(`/board/${slug}/rss.xml`);
    }
    if (kind === "schedule") {
      paths.add(`/schedule/${value}`);
      paths.add("/schedule");
    }
  }
  return [...paths];
}

function edgePurgeUrls(): string[] {
  return env()
    .EDGE_PURGE_URLS
    .split(",")
    .map((url) => url.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

/** Purges the pages of `tags` at every edge; failures are logged (the second-long TTL remains). */
export async function purgeEdges(tags: readonly string[]): Promise<void> {
  await purgeEdgePaths(pathsForTags(tags));
}

/** Purges exact public paths (with their query string) at every edge. */
export async function purgeEdgePaths(paths: readonly string[]): Promise<void> {
  const edges = edgePurgeUrls();
  if (edges.length === 0 || paths.length === 0) return;
  const results = await Promise.allSettled(
    edges.flatMap((edge) => paths.map((path) => fetch(`${edge}${path}`, { signal: AbortSignal.timeout(1_000) }).then((response) => response.arrayBuffer()))),
  );
  const failed = results.filter((result) => result.status === "rejected").length;
  if (failed > 0) console.error(`edge purge: ${failed} of ${results.length} requests failed; those pages refresh within a second anyway`);
}

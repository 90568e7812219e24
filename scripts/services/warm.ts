import { fetchWithDeadline } from "./wait.ts";

/**
 * Renders one of each kind of reader page on a server that just started, before it takes
 * readers: its first renders compile the query plans and warm the code every page runs, and
 * took a second or more each (four pages at once after a publish: 1.1 s cold, 0.3 s warm).
 * The pages come from the home page's own links, so any site, demo or not, gets its own.
 * Best effort: a page that fails is the reader's to render, as without warming.
 */
export async function warmUp(baseUrl: string): Promise<void> {
  const home = await fetchWithDeadline(`${baseUrl}/`, 30_000).catch(() => null);
  if (!home) return;
  const first = (pattern: RegExp) => pattern.exec(home.body)?.[1];
  const paths = [
    first(/href="(\/article\/\d+)"/),
    first(/href="(\/board\/[^"/?#]+)"/),
    "/rss.xml",
    "/schedule",
    "/sitemap.xml",
  ].filter((path): path is string => path !== undefined);
  for (const path of paths) await fetchWithDeadline(`${baseUrl}${path}`, 30_000).catch(() => null);
}

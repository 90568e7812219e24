// Search terms travel to the cached search pages as one path segment (the proxy puts them
// there, encoded, or next.config.ts's rewrites, as they are): the full-route cache keys pages
// by path, not by query string.

/**
 * A search term that next.config.ts may put into a path as it is: Next's rewrites insert it
 * unencoded, so it must hold no path or query delimiter (`/ ? #`), no `%` (the page would decode
 * it), no backslash and no control character. proxy.ts's matcher takes every other term.
 */
export const PLAIN_TERM = "[^\\x00-\\x1f/?#%\\\\]+";

/** The segment for `q` (never empty, so `/internal/search/{q}/1` always has one). */
export function searchSegment(q: string): string {
  return encodeURIComponent(q === "" ? "-" : `q${q}`);
}

/** Back from the segment; null when it was not made by searchSegment. */
export function queryFromSegment(segment: string): string | null {
  let decoded = segment;
  // Next usually hands params over decoded; a still-encoded one is decoded here.
  if (/%[0-9A-Fa-f]{2}/.test(segment)) {
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
  }
  if (decoded === "-") return "";
  return decoded.startsWith("q") ? decoded.slice(1) : null;
}

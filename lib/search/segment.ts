// Search terms travel to the cached search pages as one path segment (the proxy puts them
// there, encoded): the full-route cache keys pages by path, not by query string.

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

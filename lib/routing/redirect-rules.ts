// Pure matching of stored redirects, shared by the proxy's resolver and its tests.

export type RedirectRule = { toPath: string; statusCode: number };

export type RedirectDecision =
  | { kind: "redirect"; location: string; statusCode: 301 | 308 }
  | { kind: "gone" };

/**
 * The map key of a path: decoded, without a trailing slash, so `/board/%EC%86%8C` and `/board/소`
 * match. A stored path may carry a query (`/index.php?mid=news`, an old site's address): its
 * parameters are sorted, so the order a link happens to use does not matter.
 */
export function normalizePath(path: string): string {
  const q = path.indexOf("?");
  if (q >= 0) {
    const params = new URLSearchParams(path.slice(q + 1));
    params.sort();
    const query = params.toString();
    return query ? `${normalizePath(path.slice(0, q))}?${query}` : normalizePath(path.slice(0, q));
  }
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is matched as written.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, "") : decoded;
}

/**
 * The rule for a path: an exact match, else a rule on its first two segments, which then covers
 * everything below it (`/board/old` also moves `/board/old/rss.xml`; a tombstone on
 * `/article/5` also answers `/article/5/opengraph-image`).
 */
export function matchRedirect(rules: ReadonlyMap<string, RedirectRule>, pathname: string, search: string): RedirectDecision | null {
  const path = normalizePath(pathname);
  // A rule for this very query (`/index.php?mid=news`) wins, and consumes the query.
  const withQuery = search.length > 1 ? rules.get(normalizePath(pathname + search)) : undefined;
  if (withQuery) {
    if (withQuery.statusCode === 410) return { kind: "gone" };
    return { kind: "redirect", location: withQuery.toPath, statusCode: withQuery.statusCode === 308 ? 308 : 301 };
  }
  let rule = rules.get(path);
  let rest = "";
  if (!rule) {
    const prefix = /^\/[^/]+\/[^/]+/.exec(path)?.[0];
    if (prefix && prefix !== path) {
      rule = rules.get(prefix);
      rest = path.slice(prefix.length);
    }
  }
  if (!rule) return null;
  if (rule.statusCode === 410) return { kind: "gone" };
  const statusCode = rule.statusCode === 308 ? 308 : 301;
  return { kind: "redirect", location: `${rule.toPath}${rest}${search}`, statusCode };
}

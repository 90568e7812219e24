/** Page 1 is the bare board URL (its canonical); later pages add `?page=N`. */
export function boardHref(slug: string, page = 1, q?: string): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/board/${encodeURIComponent(slug)}${query ? `?${query}` : ""}`;
}

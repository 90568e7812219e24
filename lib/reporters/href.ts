/** Page 1 is the bare reporter URL (its canonical); later pages add `?page=N`. */
export function reporterHref(id: number, page = 1): string {
  return page > 1 ? `/reporter/${id}?page=${page}` : `/reporter/${id}`;
}

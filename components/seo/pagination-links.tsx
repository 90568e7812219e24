/**
 * `<link rel="prev|next">` of a paginated list. React hoists `<link>` into `<head>`, so this can
 * sit next to the pagination. `href` builds a page's URL (page 1 without `?page`).
 */
export function PaginationLinks({ current, totalPages, href }: { current: number; totalPages: number; href: (page: number) => string }) {
  return (
    <>
      {current > 1 && <link rel="prev" href={href(current - 1)} />}
      {current < totalPages && <link rel="next" href={href(current + 1)} />}
    </>
  );
}

import { pageWindow } from "@/lib/pagination";
import { reader } from "@/lib/strings";

type Props = {
  current: number;
  totalPages: number;
  /** The URL of page `n` (page 1 should be the listing's canonical URL). */
  href: (page: number) => string;
};

const base = "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 underline-offset-4";
const link = `${base} text-brand hover:underline`;

// Plain links: paging works without JavaScript, and crawlers can follow every page.
export function Pagination({ current, totalPages, href }: Props) {
  const w = pageWindow(current, totalPages);
  const pageLink = (n: number) =>
    n === w.current ? (
      <a href={href(n)} aria-current="page" className={`${base} bg-brand font-bold text-white`}>
        {n}
      </a>
    ) : (
      <a href={href(n)} className={link}>
        {n}
      </a>
    );
  const gap = <span aria-hidden="true" className={`${base} text-muted`}>…</span>;
  return (
    <nav aria-label={reader.pagination} className="my-6">
      <ul className="flex flex-wrap items-center justify-center gap-1 text-[15px]">
        <li>
          {w.prev ? (
            <a href={href(w.prev)} rel="prev" className={link}>
              {reader.prev}
            </a>
          ) : (
            <span className={`${base} text-muted`} aria-disabled="true">{reader.prev}</span>
          )}
        </li>
        {w.showFirst && <li>{pageLink(1)}</li>}
        {w.gapBefore && <li aria-hidden="true">{gap}</li>}
        {w.pages.map((n) => (
          <li key={n}>{pageLink(n)}</li>
        ))}
        {w.gapAfter && <li aria-hidden="true">{gap}</li>}
        {w.showLast && <li>{pageLink(w.totalPages)}</li>}
        <li>
          {w.next ? (
            <a href={href(w.next)} rel="next" className={link}>
              {reader.next}
            </a>
          ) : (
            <span className={`${base} text-muted`} aria-disabled="true">{reader.next}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}

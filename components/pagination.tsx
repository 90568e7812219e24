import Link from "next/link";
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
      <Link href={href(n)} aria-current="page" className={`${base} bg-brand font-bold text-white`} prefetch={false}>
        {n}
      </Link>
    ) : (
      <Link href={href(n)} className={link} prefetch={false}>
        {n}
      </Link>
    );
  const gap = <span aria-hidden="true" className={`${base} text-muted`}>…</span>;
  return (
    <nav aria-label={reader.pagination} className="my-6">
      <ul className="flex flex-wrap items-center justify-center gap-1 text-[15px]">
        <li>
          {w.prev ? (
            <Link href={href(w.prev)} rel="prev" className={link} prefetch={false}>
              {reader.prev}
            </Link>
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
            <Link href={href(w.next)} rel="next" className={link} prefetch={false}>
              {reader.next}
            </Link>
          ) : (
            <span className={`${base} text-muted`} aria-disabled="true">{reader.next}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}

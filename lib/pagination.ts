// Pure pagination maths shared by board listings and search. No I/O, so it is unit-tested.

/** Articles per page of a reporter's page (/reporter/{id}), as a board's default. */
export const REPORTER_PAGE_SIZE = 15;
/**
 * A reporter's page lists their newest 10,005 articles (667 pages): counting and paging stay an
 * index-only walk of at most that many entries (about 2 ms), where a desk account with 400,000
 * articles would otherwise cost 50–70 ms a page. Older articles remain in boards and search.
 */
export const REPORTER_MAX_PAGES = 667;
export const REPORTER_MAX_ARTICLES = REPORTER_PAGE_SIZE * REPORTER_MAX_PAGES;

/** How many consecutive page numbers the pagination shows (the reference shows 10). */
export const WINDOW_SIZE = 10;

export type PageWindow = {
  current: number;
  totalPages: number;
  /** Consecutive page numbers around the current one. */
  pages: number[];
  /** Page 1 shown before the window (when the window does not start at 1). */
  showFirst: boolean;
  /** A gap between page 1 and the window. */
  gapBefore: boolean;
  /** The last page shown after the window (when the window does not reach it). */
  showLast: boolean;
  gapAfter: boolean;
  prev: number | null;
  next: number | null;
};

/**
 * The window of page links, centred on the current page like the reference
 * (`Prev 1 … 350 351 … 359 … 611 Next` at page 355 of 611).
 */
export function pageWindow(current: number, totalPages: number, size: number = WINDOW_SIZE): PageWindow {
  const total = Math.max(1, Math.floor(totalPages));
  const page = Math.min(Math.max(1, Math.floor(current)), total);
  const span = Math.min(size, total);
  let start = page - Math.floor(size / 2);
  start = Math.max(1, Math.min(start, total - span + 1));
  const end = start + span - 1;
  const pages: number[] = [];
  for (let n = start; n <= end; n++) pages.push(n);
  return {
    current: page,
    totalPages: total,
    pages,
    showFirst: start > 1,
    gapBefore: start > 2,
    showLast: end < total,
    gapAfter: end < total - 1,
    prev: page > 1 ? page - 1 : null,
    next: page < total ? page + 1 : null,
  };
}

export function totalPages(itemCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(0, itemCount) / pageSize));
}

// Nine digits keeps the number far inside int4 and JS safe integers.
const PAGE_RE = /^[1-9][0-9]{0,8}$/;

export type PageParam = { ok: true; page: number } | { ok: false };

/**
 * `?page=` as typed. Absent means page 1; anything but a plain positive integer (`abc`, `-1`,
 * `1.5`, `01`, a repeated parameter, absurdly long numbers) is rejected.
 */
export function parsePageParam(raw: string | string[] | undefined): PageParam {
  if (raw === undefined) return { ok: true, page: 1 };
  if (Array.isArray(raw) || !PAGE_RE.test(raw)) return { ok: false };
  return { ok: true, page: Number(raw) };
}

export type SeqRange = { from: number; to: number };

/**
 * Page N of a board as a boardSeq range: boardSeq is dense 1..total in publish order (1 =
 * oldest), and listings are newest first, so page N holds total-(N-1)·size down to
 * total-N·size+1. The range lookup is an index range scan whatever N is (no OFFSET).
 * Returns null when the page is past the end.
 */
export function boardSeqRange(total: number, page: number, pageSize: number): SeqRange | null {
  const to = total - (page - 1) * pageSize;
  if (to < 1) return null;
  return { from: Math.max(1, to - pageSize + 1), to };
}

/** The listing page (newest first) that contains the article numbered `boardSeq`. */
export function pageOfBoardSeq(total: number, boardSeq: number, pageSize: number): number {
  if (boardSeq > total || boardSeq < 1) return 1;
  return Math.floor((total - boardSeq) / pageSize) + 1;
}

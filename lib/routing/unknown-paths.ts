import { LRUCache } from "lru-cache";
import { parsePageParam, REPORTER_MAX_ARTICLES, REPORTER_PAGE_SIZE, totalPages } from "@/lib/pagination";
import { isServedScheduleDay } from "@/lib/schedule/days";

// Next 16 renders a notFound() thrown by a page as an empty error shell that only JavaScript
// fills in (the status is 404, the body blank). Unknown article ids and board slugs are
// recognised here instead, in the proxy, and rewritten to an unmatched path, which Next
// renders server-side as app/not-found.tsx with status 404. Anything uncertain falls through
// to the page, which still answers 404 itself. Board pages past the end (without a search)
// are recognised the same way from each board's published count, and schedule days the
// schedule pages don't serve by the date alone.

const ARTICLE_RE = /^\/article\/([^/]+)(?:\/.*)?$/;
const BOARD_RE = /^\/board\/([^/]+)(?:\/.*)?$/;
const SCHEDULE_DAY_RE = /^\/schedule\/([^/]+)$/;
const REPORTER_RE = /^\/reporter\/([^/]+)$/;
// Known articles are remembered briefly (a reader's request then costs a map lookup); unknown
// ids are not remembered at all, so an article published right after someone tried its URL
// shows at once, and random ids cannot fill the map.
const KNOWN_ARTICLE_MS = 1_000;
// Board page counts: a publish that adds a page makes it reachable within this.
const BOARD_PAGES_MS = 500;
const MAX_ENTRIES = 50_000;


/** The one query method this needs (lib/db through a small adapter). */
export type Queryable = { query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> };

/** Per board slug: how many pages its unfiltered listing has. */
type BoardPages = Map<string, number>;

export type UnknownPathState = {
  /** Published article ids, briefly (unknown ones are never kept). */
  articles: LRUCache<number, true>;
  /** Per reporter id: how many pages their page has (0 = no page), briefly. */
  reporters: LRUCache<number, { pages: number }>;
  boards: { pages: BoardPages; until: number } | null;
};

export function createUnknownPathState(): UnknownPathState {
  return {
    articles: new LRUCache({ max: MAX_ENTRIES, ttl: KNOWN_ARTICLE_MS }),
    reporters: new LRUCache({ max: MAX_ENTRIES, ttl: BOARD_PAGES_MS }),
    boards: null,
  };
}

function validArticleId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

async function articleKnown(state: UnknownPathState, db: Queryable, id: number): Promise<boolean> {
  if (state.articles.get(id)) return true;
  const { rows } = await db.query<{ status: string }>("SELECT status FROM articles WHERE id = $1", [id]);
  if (rows[0]?.status !== "PUBLISHED") return false;
  state.articles.set(id, true);
  return true;
}

async function boardPages(state: UnknownPathState, db: Queryable): Promise<BoardPages> {
  const now = Date.now();
  if (!state.boards || state.boards.until <= now) {
    // boardSeq is dense, so its maximum is the listing's size: one index probe per board.
    const { rows } = await db.query<{ slug: string; page_size: number; total: number | null }>(
      "SELECT slug, page_size, (SELECT max(board_seq) FROM articles a WHERE a.board_id = b.id) AS total FROM boards b",
    );
    const pages: BoardPages = new Map(rows.map((row) => [row.slug, totalPages(row.total ?? 0, row.page_size)]));
    state.boards = { pages, until: now + BOARD_PAGES_MS };
  }
  return state.boards.pages;
}

async function reporterPages(state: UnknownPathState, db: Queryable, id: number): Promise<number> {
  const cached = state.reporters.get(id);
  if (cached) return cached.pages;
  // An index-only count on (author_id, status, published_at, id), as far as the page lists.
  const { rows } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM (SELECT 1 FROM articles WHERE author_id = $1 AND status = 'PUBLISHED' LIMIT $2) s",
    [id, REPORTER_MAX_ARTICLES],
  );
  const count = rows[0]?.n ?? 0;
  const pages = count === 0 ? 0 : totalPages(count, REPORTER_PAGE_SIZE);
  state.reporters.set(id, { pages });
  return pages;
}

/** True when the URL names an article or board that does not exist (or is not published), or
 * a board listing page past its last. */
export async function isUnknownPath(state: UnknownPathState, db: Queryable, url: URL): Promise<boolean> {
  const { pathname, searchParams } = url;
  const article = ARTICLE_RE.exec(pathname);
  if (article) {
    const id = validArticleId(article[1] ?? "");
    return id === null || !(await articleKnown(state, db, id));
  }
  const board = BOARD_RE.exec(pathname);
  if (board) {
    let slug = board[1] ?? "";
    try {
      slug = decodeURIComponent(slug);
    } catch {
      return true;
    }
    const pages = (await boardPages(state, db)).get(slug);
    if (pages === undefined) return true;
    // Only the listing itself; its search results and feed have their own ends.
    if (pathname !== `/board/${board[1]}` || searchParams.has("q")) return false;
    const raw = searchParams.getAll("page");
    const page = parsePageParam(raw.length > 1 ? raw : raw[0]);
    return page.ok && page.page > pages;
  }
  const day = SCHEDULE_DAY_RE.exec(pathname);
  if (day) return !isServedScheduleDay(day[1] ?? "");
  const reporter = REPORTER_RE.exec(pathname);
  if (reporter) {
    const id = validArticleId(reporter[1] ?? "");
    if (id === null) return true;
    const pages = await reporterPages(state, db, id);
    if (pages === 0) return true;
    const raw = searchParams.getAll("page");
    const page = parsePageParam(raw.length > 1 ? raw : raw[0]);
    return page.ok && page.page > pages;
  }
  return false;
}

/** Where unknown paths are rewritten: matches no route, so Next renders app/not-found.tsx. */
export const NOT_FOUND_REWRITE = "/_unknown";

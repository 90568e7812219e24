import type pg from "pg";

// Next 16 renders a notFound() thrown by a page as an empty error shell that only JavaScript
// fills in (the status is 404, the body blank). Unknown article ids and board slugs are
// recognised here instead, in the proxy, and rewritten to an unmatched path, which Next
// renders server-side as app/not-found.tsx with status 404. Anything uncertain falls through
// to the page, which still answers 404 itself.

const ARTICLE_RE = /^\/article\/([^/]+)(?:\/.*)?$/;
const BOARD_RE = /^\/board\/([^/]+)(?:\/.*)?$/;
const POSITIVE_MS = 5_000;
// Short, so an article published right after someone tried its URL shows up at once.
const NEGATIVE_MS = 1_000;
const MAX_ENTRIES = 50_000;

type Entry = { known: boolean; until: number };

export type UnknownPathState = {
  articles: Map<number, Entry>;
  boards: { slugs: Set<string>; until: number } | null;
};

export function createUnknownPathState(): UnknownPathState {
  return { articles: new Map(), boards: null };
}

function validArticleId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

async function articleKnown(state: UnknownPathState, db: Pick<pg.Pool, "query">, id: number): Promise<boolean> {
  const now = Date.now();
  const cached = state.articles.get(id);
  if (cached && cached.until > now) return cached.known;
  const { rows } = await db.query<{ status: string }>("SELECT status FROM articles WHERE id = $1", [id]);
  const known = rows[0]?.status === "PUBLISHED";
  if (state.articles.size >= MAX_ENTRIES) state.articles.clear();
  state.articles.set(id, { known, until: now + (known ? POSITIVE_MS : NEGATIVE_MS) });
  return known;
}

async function boardKnown(state: UnknownPathState, db: Pick<pg.Pool, "query">, slug: string): Promise<boolean> {
  const now = Date.now();
  if (!state.boards || state.boards.until <= now) {
    const { rows } = await db.query<{ slug: string }>("SELECT slug FROM boards");
    state.boards = { slugs: new Set(rows.map((row) => row.slug)), until: now + NEGATIVE_MS };
  }
  return state.boards.slugs.has(slug);
}

/** True when the path names an article or board that does not exist (or is not published). */
export async function isUnknownPath(state: UnknownPathState, db: Pick<pg.Pool, "query">, pathname: string): Promise<boolean> {
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
    return !(await boardKnown(state, db, slug));
  }
  return false;
}

/** Where unknown paths are rewritten: matches no route, so Next renders app/not-found.tsx. */
export const NOT_FOUND_REWRITE = "/_unknown";

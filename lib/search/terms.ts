// Pure helpers of substring search: what counts as a usable query, and LIKE escaping.

export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;
/** Matches are counted up to this many; past it the page says "1,000건 이상". */
export const COUNT_CAP = 1000;
/** The cap for two-character queries, whose candidates cost more to check (see below). */
export const SHORT_COUNT_CAP = 300;

/**
 * Two characters hold no trigram, so `%xy%` could only be answered by reading every article
 * (seconds at a million). Such queries instead match where a word starts with them (`축제` finds
 * `축제를`, `예산안`), which the trigram index answers through pg_trgm's word similarity.
 */
export function isShortQuery(q: string): boolean {
  return Array.from(q).length < 3;
}

export function countCap(q: string): number {
  return isShortQuery(q) ? SHORT_COUNT_CAP : COUNT_CAP;
}

export type SearchQuery =
  | { kind: "none" }
  | { kind: "tooShort"; q: string }
  | { kind: "tooLong"; q: string }
  | { kind: "ok"; q: string };

/**
 * Whether a trigram index can narrow the search for `q`. pg_trgm only makes trigrams of letters
 * and digits; from `!!`, `%%` or two emoji it makes none, and from `a b` only ones like `  b`
 * that nearly every row has, so PostgreSQL would read the whole table (seconds at a million
 * rows). Two letters or digits in a row always give a selective trigram: ` ab`/`ab ` around a
 * word, or `abc` inside one; two-character queries use the same pair as a word start.
 */
export function hasIndexableText(q: string): boolean {
  return /[\p{L}\p{N}]{2}/u.test(q);
}

/** Characters PostgreSQL refuses (NUL) or that no one types on purpose: controls, lone surrogates. */
function withoutControls(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

/** `?q=` as typed: trimmed, inner whitespace collapsed, length checked in characters. */
export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const q = withoutControls(typeof value === "string" ? value : "").normalize("NFC").replace(/\s+/g, " ").trim();
  if (q.length === 0) return { kind: "none" };
  const length = Array.from(q).length;
  if (length < MIN_QUERY_LENGTH || !hasIndexableText(q)) return { kind: "tooShort", q };
  if (length > MAX_QUERY_LENGTH) return { kind: "tooLong", q: Array.from(q).slice(0, MAX_QUERY_LENGTH).join("") };
  return { kind: "ok", q };
}

/** `%q%` for ILIKE with `\`, `%` and `_` taken literally (backslash is PostgreSQL's default escape). */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * LIKE when the query has no upper/lower case (Hangul, digits): same matches as ILIKE, but
 * PostgreSQL then skips case-folding every candidate row, which for Korean text costs about
 * twice the time of the comparison itself. Both are served by the gin_trgm_ops indexes.
 */
export function likeOperator(q: string): "LIKE" | "ILIKE" {
  return q.toLowerCase() === q.toUpperCase() ? "LIKE" : "ILIKE";
}

/** The last page that can be shown for `count` matches (counting stops at COUNT_CAP). */
export function lastSearchPage(count: number, pageSize: number, cap: number = COUNT_CAP): number {
  return Math.max(1, Math.ceil(Math.min(count, cap) / pageSize));
}

// "One count per reader per article per Seoul day" without storing anything about the reader:
// the browser keeps the list of today's counted ids in an HttpOnly cookie scoped to the beacon
// path (/api/views), so pages stay cookie-free and cacheable.

export const VIEWED_COOKIE = "ln_viewed";
export const VIEWED_COOKIE_PATH = "/api/views";
/** Cap on ids remembered per day (~2 KB of cookie); past it the oldest are forgotten. */
export const MAX_REMEMBERED = 250;

export type ViewedSet = { day: string; ids: number[] };

/** Cookie value `20240621.1f-2a-…` (Seoul day, then base-36 ids in view order). */
export function parseViewedCookie(value: string | undefined, today: string): number[] {
  if (!value) return [];
  const dot = value.indexOf(".");
  if (dot < 0 || value.slice(0, dot) !== today.replaceAll("-", "")) return [];
  const ids: number[] = [];
  for (const part of value.slice(dot + 1).split("-")) {
    if (!/^[0-9a-z]{1,7}$/.test(part)) continue;
    ids.push(parseInt(part, 36));
  }
  return ids;
}

export function serializeViewedCookie(today: string, ids: readonly number[]): string {
  const kept = ids.slice(-MAX_REMEMBERED);
  return `${today.replaceAll("-", "")}.${kept.map((id) => id.toString(36)).join("-")}`;
}

export type ViewDecision = { count: boolean; ids: number[] };

/** Whether this view counts, and the ids to remember afterwards. */
export function decideView(id: number, cookieValue: string | undefined, today: string): ViewDecision {
  const ids = parseViewedCookie(cookieValue, today);
  if (ids.includes(id)) return { count: false, ids };
  return { count: true, ids: [...ids, id] };
}

/** Seconds from `now` to the next midnight in Asia/Seoul (UTC+9, no daylight saving). */
export function secondsUntilSeoulMidnight(now: Date): number {
  const seoulMs = now.getTime() + 9 * 3600_000;
  const dayMs = 86_400_000;
  const next = Math.floor(seoulMs / dayMs + 1) * dayMs;
  return Math.max(1, Math.ceil((next - seoulMs) / 1000));
}

/**
 * Whether a beacon request may count, from its Fetch Metadata: our own pages' <img> sends
 * `same-origin` (or `same-site` from a sibling host); another site embedding the pixel sends
 * `cross-site`, and a typed or bookmarked beacon URL `none`. Browsers without Fetch Metadata
 * send nothing and are counted (the cookie and the server-side window still apply).
 */
export function countsFromFetchSite(value: string | null | undefined): boolean {
  return value == null || value === "same-origin" || value === "same-site";
}


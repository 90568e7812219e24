// The view-count beacon: the article page embeds <img src="/api/views/{id}">, so counting
// works without JavaScript and the cached article HTML stays the same for every reader.
import type { NextRequest } from "next/server";
import { clientIp, isSecureRequest } from "@/lib/auth/client-ip";
import { authSecret } from "@/lib/auth/secret";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { getCurrentUser } from "@/lib/auth/session";
import { getArticle, parseArticleId } from "@/lib/articles/queries";
import { isDatabaseUnavailable } from "@/lib/postgres/errors";
import { seoulDay } from "@/lib/time";
import { isBot } from "@/lib/views/bots";
import { VIEWED_COOKIE, VIEWED_COOKIE_PATH, countsFromFetchSite, decideView, secondsUntilSeoulMidnight, serializeViewedCookie } from "@/lib/views/dedup";
import { recordViewEvent, viewClientKey, viewRequestId } from "@/lib/views/events";

export const runtime = "nodejs";

// A transparent 1×1 GIF: a real image, so the <img> never shows as broken or logs an error.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

function pixel(setCookie?: string): Response {
  const headers = new Headers({
    "Content-Type": "image/gif",
    "Content-Length": String(PIXEL.byteLength),
    "Cache-Control": "no-store, private",
  });
  if (setCookie) headers.append("Set-Cookie", setCookie);
  return new Response(new Uint8Array(PIXEL), { status: 200, headers });
}

const UNAVAILABLE = Symbol("database unavailable");

/** The database could not take the view in time: not acknowledged, so the browser may retry. */
function unavailable(): Response {
  return new Response(null, { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store, private" } });
}

/**
 * Whether `id` is a published article. Beacons for one article arrive together (a story linked
 * from a portal: hundreds a second, all missing the cache at first), so the ones in flight share
 * one cached read instead of each taking a database connection for it. In-flight only: a settled
 * check is forgotten at once, the data cache keeps the answer.
 */
const checks = new Map<number, Promise<boolean>>();
function isPublished(id: number): Promise<boolean> {
  let check = checks.get(id);
  if (!check) {
    check = getArticle(id)
      .then((article) => article !== null)
      .finally(() => checks.delete(id));
    checks.set(id, check);
  }
  return check;
}

async function isEditor(request: NextRequest): Promise<boolean> {
  // Only readers carrying a session cookie cost a session lookup.
  if (!request.cookies.has(SESSION_COOKIE)) return false;
  try {
    return (await getCurrentUser()) !== null;
  } catch {
    return true;
  }
}

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id: rawId } = await context.params;
  const id = parseArticleId(rawId);
  const purpose = request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "";
  if (id === null || purpose.includes("prefetch") || isBot(request.headers.get("user-agent"))) return pixel();
  if (!countsFromFetchSite(request.headers.get("sec-fetch-site"))) return pixel();
  if (await isEditor(request)) return pixel();
  // Only published articles count; the cached read keeps junk ids out of the buffer cheaply.
  const published = await isPublished(id).catch((error: unknown) => (isDatabaseUnavailable(error) ? UNAVAILABLE : Promise.reject(error)));
  if (published === UNAVAILABLE) return unavailable();
  if (!published) return pixel();

  const now = new Date();
  const today = seoulDay(now);
  const decision = decideView(id, request.cookies.get(VIEWED_COOKIE)?.value, today);
  if (!decision.count) return pixel();
  // Committed before the pixel goes out: an acknowledged view is never lost. Without its cookie
  // the same client (address and browser) counts once per window, not once per reload.
  const client = viewClientKey(clientIp(request.headers), request.headers.get("user-agent") ?? "", authSecret());
  try {
    await recordViewEvent(id, today, viewRequestId(request.headers.get("x-request-id")), client, now);
  } catch (error) {
    // No connection in time (a burst beyond the pool, PostgreSQL restarting): a 503, never a 500.
    if (!isDatabaseUnavailable(error)) throw error;
    return unavailable();
  }
  const secure = isSecureRequest(request.headers);
  const cookie = [
    `${VIEWED_COOKIE}=${serializeViewedCookie(today, decision.ids)}`,
    `Path=${VIEWED_COOKIE_PATH}`,
    `Max-Age=${secondsUntilSeoulMidnight(now)}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
  return pixel(cookie);
}

import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { isSecureRequest } from "@/lib/auth/client-ip";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { mintDeviceToken, serializeDeviceCookie } from "@/lib/auth/device";
import {
  csrfTokenFromCookies,
  csrfTokenFromSetCookie,
  NEXT_AUTH_ACTIONS,
  NEXT_AUTH_JSON_FLAG,
  shapeSessionCookies,
  signInErrorCode,
} from "@/lib/auth/next-auth-seam";
import { buildAuthOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { loginErrorLocation } from "@/lib/auth/sign-in-errors";
import { normalizeLoginId } from "@/lib/auth/throttle";
import { BodyTooLargeError, readBodyLimited, refusedResponse } from "@/lib/http/body";
import { isAllowedHost } from "@/lib/http/host";
import { AUTH_BODY_LIMIT } from "@/lib/http/limits";
import { http } from "@/lib/strings/common";

type Context = { params: Promise<{ nextauth: string[] }> };

// What next-auth answers here; anything else (an unknown provider, a made-up action) is a 404
// rather than next-auth's "server configuration" 500.
const PROVIDERS = new Set(["credentials"]);

// next-auth's handler, wrapped. Before it: only our own hosts (next-auth builds URLs from the
// Host header), a body of at most AUTH_BODY_LIMIT read once and handed on buffered, and only the
// two body formats next-auth understands, well-formed. After it: the session cookie shaped per
// sign-in (browser-session or 30 days, lib/auth/next-auth-seam.ts), the known-device cookie given
// on success (lib/auth/device.ts), failed form posts sent back to /login with a code the form
// turns into a Korean message; the login form's script asks for JSON instead (Accept:
// application/json) and gets { ok } or { error, csrfToken }. /api/auth/session is answered here
// from the session row, so a revoked session never gets its token re-issued.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!isAllowedHost(host)) return refusedResponse(400, http.unknownHost);
  const [action, provider, ...rest] = (await context.params).nextauth ?? [];
  const providerOk = provider === undefined ? action !== "callback" : (action === "signin" || action === "callback") && PROVIDERS.has(provider);
  if (!action || !NEXT_AUTH_ACTIONS.has(action) || rest.length > 0 || !providerOk) {
    return Response.json({ error: "not found" }, { status: 404, headers: { "cache-control": "no-store" } });
  }
  if (action === "session") return sessionResponse(request);

  const secure = isSecureRequest(request.headers);
  const wantsJson = request.method === "POST" && action === "callback" && (request.headers.get("accept") ?? "").includes("application/json");
  let forwarded = request;
  let form: URLSearchParams | null = null;
  if (request.method === "POST") {
    const read = await readPost(request);
    if (read instanceof Response) return read;
    ({ forwarded, form } = read);
  }

  const response: Response = await NextAuth(buildAuthOptions({ secure }))(forwarded, context);
  const headers = new Headers(response.headers);
  await shapeSessionCookies(headers, secure);
  const location = headers.get("Location");
  const code = request.method === "POST" && location ? signInErrorCode(location) : null;
  if (wantsJson) {
    headers.delete("Location");
    headers.set("content-type", "application/json");
    headers.set("cache-control", "no-store");
  }
  if (code && wantsJson) {
    // The token to retry with: the fresh cookie next-auth set for a bad one, else the valid one sent.
    const csrfToken = csrfTokenFromSetCookie(headers) ?? csrfTokenFromCookies(request.cookies);
    return Response.json({ error: code, csrfToken }, { status: code === "THROTTLED" ? 429 : code === "CSRF" ? 403 : 401, headers });
  }
  if (code) {
    headers.set("Location", loginErrorLocation(code, form?.get("callbackUrl")));
    return new Response(null, { status: 303, headers });
  }
  const loginId = form?.get("loginId");
  if (action === "callback" && loginId && signedIn(headers)) headers.append("Set-Cookie", serializeDeviceCookie(mintDeviceToken(normalizeLoginId(loginId)), secure));
  if (wantsJson) {
    return Response.json({ ok: signedIn(headers) }, { status: signedIn(headers) ? 200 : 401, headers });
  }
  return new Response(response.body, { status: response.status, headers });
}

/**
 * The POST to hand next-auth: its body read once (at most AUTH_BODY_LIMIT), in one of the two
 * formats next-auth understands and well-formed, without the flag that would make next-auth
 * answer JSON instead of the redirect this route reads. A Response when refused.
 */
async function readPost(request: NextRequest): Promise<{ forwarded: NextRequest; form: URLSearchParams | null } | Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyLimited(request, AUTH_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refusedResponse(413);
    throw error;
  }
  const type = request.headers.get("content-type") ?? "";
  const text = new TextDecoder().decode(body);
  let form: URLSearchParams | null = null;
  let forwardedBody: string;
  if (type.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return refusedResponse(400, http.badJson);
    }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) delete (parsed as Record<string, unknown>)[NEXT_AUTH_JSON_FLAG];
    forwardedBody = JSON.stringify(parsed);
  } else if (type.includes("application/x-www-form-urlencoded")) {
    form = new URLSearchParams(text);
    form.delete(NEXT_AUTH_JSON_FLAG);
    forwardedBody = form.toString();
  } else {
    return refusedResponse(415);
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return { forwarded: new NextRequest(request.url, { method: "POST", headers, body: forwardedBody }), form };
}

function signedIn(headers: Headers): boolean {
  return headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`) && !c.startsWith(`${SESSION_COOKIE}=;`) && !/max-age=0/i.test(c));
}

/** `{}` without a live session (and a dead cookie cleared); never a fresh token, nothing personal. */
async function sessionResponse(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  const headers = new Headers({ "cache-control": "no-store" });
  if (!user && request.cookies.has(SESSION_COOKIE)) headers.append("Set-Cookie", `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  return Response.json(user ? { signedIn: true } : {}, { headers });
}

export { handler as GET, handler as POST };

import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { loginErrorLocation, shapeSessionCookies, signInErrorCode } from "@/lib/auth/auth-response";
import { isSecureRequest } from "@/lib/auth/client-ip";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { mintDeviceToken, serializeDeviceCookie } from "@/lib/auth/device";
import { buildAuthOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { normalizeLoginId } from "@/lib/auth/throttle";
import { BodyTooLargeError, readBodyLimited, refusedResponse } from "@/lib/http/body";
import { isAllowedHost } from "@/lib/http/host";
import { AUTH_BODY_LIMIT } from "@/lib/http/limits";
import { http } from "@/lib/strings/common";

type Context = { params: Promise<{ nextauth: string[] }> };

// What next-auth answers here; anything else (an unknown provider, a made-up action) is a 404
// rather than next-auth's "server configuration" 500.
const ACTIONS = new Set(["signin", "signout", "callback", "csrf", "session", "providers", "error"]);
const PROVIDERS = new Set(["credentials"]);

// next-auth's handler, wrapped. Before it: only our own hosts (next-auth builds URLs from the
// Host header), a body of at most AUTH_BODY_LIMIT read once and handed on buffered, and only the
// two body formats next-auth understands, well-formed. After it: the session cookie shaped per
// sign-in (browser-session or 30 days, lib/auth/auth-response.ts), the known-device cookie given
// on success (lib/auth/device.ts), failed form posts sent back to /login with a code the form
// turns into a Korean message. /api/auth/session is answered here from the session row, so a
// revoked session never gets its token re-issued.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!isAllowedHost(host)) return refusedResponse(400, http.unknownHost);
  const [action, provider, ...rest] = (await context.params).nextauth ?? [];
  const providerOk = provider === undefined ? action !== "callback" : (action === "signin" || action === "callback") && PROVIDERS.has(provider);
  if (!action || !ACTIONS.has(action) || rest.length > 0 || !providerOk) {
    return Response.json({ error: "not found" }, { status: 404, headers: { "cache-control": "no-store" } });
  }
  if (action === "session") return sessionResponse(request);

  const secure = isSecureRequest(request.headers);
  let forwarded = request;
  let form: URLSearchParams | null = null;
  if (request.method === "POST") {
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readBodyLimited(request, AUTH_BODY_LIMIT);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refusedResponse(413);
      throw error;
    }
    const type = request.headers.get("content-type") ?? "";
    const text = new TextDecoder().decode(body);
    if (type.includes("application/json")) {
      try {
        JSON.parse(text);
      } catch {
        return refusedResponse(400, http.badJson);
      }
    } else if (type.includes("application/x-www-form-urlencoded")) {
      form = new URLSearchParams(text);
    } else {
      return refusedResponse(415);
    }
    forwarded = new NextRequest(request.url, { method: "POST", headers: request.headers, body });
  }

  const response: Response = await NextAuth(buildAuthOptions({ secure }))(forwarded, context);
  const headers = new Headers(response.headers);
  await shapeSessionCookies(headers, secure);
  const location = headers.get("Location");
  const code = request.method === "POST" && location ? signInErrorCode(location) : null;
  if (code) {
    headers.set("Location", loginErrorLocation(code, form?.get("callbackUrl")));
    return new Response(null, { status: 303, headers });
  }
  const loginId = form?.get("loginId");
  if (action === "callback" && loginId && signedIn(headers)) headers.append("Set-Cookie", serializeDeviceCookie(mintDeviceToken(normalizeLoginId(loginId)), secure));
  return new Response(response.body, { status: response.status, headers });
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

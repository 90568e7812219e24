import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { loginErrorLocation, shapeSessionCookies, signInErrorCode } from "@/lib/auth/auth-response";
import { isSecureRequest } from "@/lib/auth/cookie";
import { buildAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's handler, wrapped: it shapes the session cookie per sign-in (browser-session or
// 30 days, see lib/auth/auth-response.ts) and sends failed form posts back to /login with a
// code the form turns into a Korean message, keeping `next`.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const secure = isSecureRequest(request.url, request.headers.get("x-forwarded-proto"));
  const callbackUrl = request.method === "POST" ? await readCallbackUrl(request) : null;
  const response: Response = await NextAuth(buildAuthOptions({ secure }))(request, context);

  const headers = new Headers(response.headers);
  await shapeSessionCookies(headers, secure);
  const location = headers.get("Location");
  const code = request.method === "POST" && location ? signInErrorCode(location) : null;
  if (code) {
    headers.set("Location", loginErrorLocation(code, callbackUrl));
    return new Response(null, { status: 303, headers });
  }
  return new Response(response.body, { status: response.status, headers });
}

async function readCallbackUrl(request: NextRequest): Promise<string | null> {
  if (!request.headers.get("content-type")?.includes("application/x-www-form-urlencoded")) return null;
  const params = new URLSearchParams(await request.clone().text());
  return params.get("callbackUrl");
}

export { handler as GET, handler as POST };

import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { DEVICE_COOKIE, cookieValue, knownDeviceId, sessionDeviceId } from "@/lib/auth/device";
import { attemptLogin } from "@/lib/auth/login";
import { safeNextPath } from "@/lib/auth/next-path";
import { authSecret } from "@/lib/auth/secret";
import { revokeSession, validateSession } from "@/lib/auth/session-store";
import { normalizeLoginId } from "@/lib/auth/throttle";
import { configureNextAuthEnvironment, decodeSessionToken, TOKEN_MAX_AGE_S, type SignInErrorCode } from "@/lib/auth/next-auth-seam";

declare module "next-auth" {
  interface User {
    sid?: string;
    persistent?: boolean;
  }
}

// next-auth runs the credentials flow (CSRF double-submit, the POST, the sealed JWT). What it
// can't do — a lifetime per sign-in, revocation — lives in our login_sessions row: authorize()
// opens the row, the JWT carries only its id, and the route wrapper reshapes the cookie
// (see app/api/auth/[...nextauth]/route.ts).

configureNextAuthEnvironment();

/**
 * The known device this sign-in comes from (see lib/auth/device.ts): a device cookie of this
 * account, or a valid session of it in the same browser. Null for anyone else.
 */
async function knownDevice(cookieHeader: string | undefined, loginId: string): Promise<string | null> {
  const id = normalizeLoginId(loginId);
  if (!id) return null;
  const fromCookie = knownDeviceId(cookieValue(cookieHeader, DEVICE_COOKIE), id);
  if (fromCookie) return fromCookie;
  const claims = await decodeSessionToken(cookieValue(cookieHeader, SESSION_COOKIE));
  if (!claims) return null;
  const user = await validateSession(claims.sid);
  return user && user.loginId.toLowerCase() === id ? sessionDeviceId(claims.sid) : null;
}

function field(credentials: Record<string, unknown> | undefined, name: string): string {
  const value = credentials?.[name];
  return typeof value === "string" ? value : "";
}

/** The credentials sign-in: attemptLogin opens the login_sessions row the JWT points to. */
function credentialsProvider() {
  return CredentialsProvider({
    id: "credentials",
    name: "아이디",
    credentials: {
      loginId: { label: "아이디", type: "text" },
      password: { label: "비밀번호", type: "password" },
      remember: { label: "로그인 유지", type: "checkbox" },
    },
    async authorize(credentials, req) {
      const headers = req.headers ?? {};
      const remember = field(credentials, "remember");
      const loginId = field(credentials, "loginId");
      const result = await attemptLogin({
        loginId,
        password: field(credentials, "password"),
        persistent: remember === "on" || remember === "true" || remember === "1",
        ip: clientIp(headers),
        userAgent: typeof headers["user-agent"] === "string" ? headers["user-agent"] : "",
        device: await knownDevice(typeof headers.cookie === "string" ? headers.cookie : undefined, loginId),
      });
      // next-auth turns a thrown message into ?error=<message> (lib/auth/next-auth-seam.ts).
      if (!result.ok) throw new Error(result.code satisfies SignInErrorCode);
      return { id: String(result.userId), sid: result.sessionId, persistent: result.persistent };
    },
  });
}

const callbacks: AuthOptions["callbacks"] = {
  // Only the session id (and the cookie-shaping hint) goes into the token: no name, no role.
  jwt({ token, user }) {
    if (user?.sid) return { sid: user.sid, p: user.persistent === true };
    return { sid: token.sid, p: token.p };
  },
  // /api/auth/session is not used by the app; keep it from echoing anything personal.
  session({ session }) {
    return { expires: session.expires };
  },
  redirect({ url, baseUrl }) {
    const path = safeNextPath(url);
    if (path) return path;
    try {
      const parsed = new URL(url);
      if (parsed.origin === new URL(baseUrl).origin) return safeNextPath(parsed.pathname + parsed.search) ?? "/editor";
    } catch {
      // fall through
    }
    return "/editor";
  },
};

export function buildAuthOptions({ secure }: { secure: boolean }): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: TOKEN_MAX_AGE_S },
    jwt: { maxAge: TOKEN_MAX_AGE_S },
    cookies: {
      sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
    },
    pages: { signIn: "/login", error: "/login" },
    providers: [credentialsProvider()],
    callbacks,
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
}

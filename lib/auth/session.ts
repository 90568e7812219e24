import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { PATHNAME_HEADER, SESSION_COOKIE } from "@/lib/auth/cookie";
import { UnauthenticatedError } from "@/lib/auth/errors";
import { validateSession } from "@/lib/auth/session-store";
import { decodeSessionToken } from "@/lib/auth/next-auth-seam";
import { safeNextPath } from "@/lib/auth/next-path";

import type { SessionUser } from "@/lib/auth/session-types";

export type { SessionUser } from "@/lib/auth/session-types";

/**
 * The signed-in user of this request, or null. Checks the session row every time (revoked,
 * expired, idle, version bumped, user disabled); memoized per request. The persistent
 * cookie itself is re-issued by the proxy (server components can't set cookies).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  const claims = await decodeSessionToken(raw);
  if (!claims) return null;
  return validateSession(claims.sid);
});

/**
 * For pages and layouts: the user, or a redirect to /login?next=… . `nextPath` defaults to
 * the path the proxy saw (layouts don't receive the pathname), else /editor.
 */
export async function requireUser(nextPath?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const fromProxy = (await headers()).get(PATHNAME_HEADER) ?? undefined;
  const next = safeNextPath(nextPath ?? fromProxy) ?? "/editor";
  redirect(`/login?next=${encodeURIComponent(next)}`);
}

/** For server actions and route handlers: the user, or a thrown UnauthenticatedError (401). */
export async function requireActionUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

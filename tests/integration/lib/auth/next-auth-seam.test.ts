import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createRequire } from "node:module";
import { NextRequest } from "next/server";

// lib/auth/next-auth-seam.ts holds every assumption we make about next-auth's behaviour. Each
// is checked here against the real next-auth handler (NextAuth() with our options, the same
// call the route makes), so an upgrade that changes one fails this file. Only Next's request
// scope is stood in for: next-auth's App Router handler reads cookies() and headers() from it.

vi.mock("server-only", () => ({}));
let current: NextRequest | null = null;
const requestScope = {
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
};
vi.mock("next/headers", () => requestScope);
// next-auth loads next/headers with require(), past vi.mock: give Node's module cache the same.
const nodeRequire = createRequire(import.meta.url);
const headersPath = createRequire(nodeRequire.resolve("next-auth/next")).resolve("next/headers");
nodeRequire.cache[headersPath] = { id: headersPath, filename: headersPath, loaded: true, exports: requestScope } as unknown as NodeJS.Module;

process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-the-check-0123456789";

const { default: NextAuth } = await import("next-auth");
const { SESSION_COOKIE } = await import("@/lib/auth/cookie");
const seam = await import("@/lib/auth/next-auth-seam");
const { buildAuthOptions } = await import("@/lib/auth/options");
const { hashPassword } = await import("@/lib/auth/password");
const route = await import("@/app/api/auth/[...nextauth]/route");
const { createTestPool, createTestPrisma, truncateAll } = await import("../../../setup/db");

const pool = createTestPool();
const prisma = createTestPrisma();
const ORIGIN = "http://localhost:3000";
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword("demo1234!");
});

beforeEach(async () => {
  await truncateAll(pool);
  await prisma.user.create({ data: { loginId: "reporter", displayName: "기자", role: "REPORTER", passwordHash } });
});

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

function request(path: string, init: { method?: string; cookie?: string; form?: Record<string, string>; accept?: string } = {}): NextRequest {
  const headers = new Headers({ host: "localhost:3000", "x-forwarded-host": "localhost:3000", "x-forwarded-proto": "http" });
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.accept) headers.set("accept", init.accept);
  if (init.form) headers.set("content-type", "application/x-www-form-urlencoded");
  return new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers, body: init.form ? new URLSearchParams(init.form).toString() : undefined });
}

const context = (path: string) => ({ params: Promise.resolve({ nextauth: path.split("/").slice(3) }) });

/** next-auth's own handler, as the route calls it. */
async function nextAuth(path: string, init: Parameters<typeof request>[1] = {}): Promise<Response> {
  current = request(path, init);
  return NextAuth(buildAuthOptions({ secure: false }))(current, context(path)) as Promise<Response>;
}

/** Our route around it. */
async function viaRoute(path: string, init: Parameters<typeof request>[1] = {}): Promise<Response> {
  current = request(path, init);
  return route.POST(current, context(path));
}

function setCookie(response: Response, name: string): string | undefined {
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
}

const cookieValue = (cookie: string) => cookie.split(";")[0]!.slice(cookie.indexOf("=") + 1);

describe("next-auth's CSRF cookie", () => {
  it("has the name and the token|hash format the proxy and the login page read", async () => {
    const response = await nextAuth("/api/auth/csrf");
    const cookie = setCookie(response, seam.csrfCookieName(false));
    expect(cookie).toBeDefined();
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    expect(seam.csrfTokenFromCookies({ get: () => ({ value: cookieValue(cookie!) }) })).toBe(csrfToken);
    expect(seam.csrfTokenFromSetCookie(response.headers)).toBe(csrfToken);
  });

  it("accepts the cookie the proxy mints, and signs in with its token", async () => {
    const minted = seam.mintCsrfCookieValue();
    const token = minted.split("|")[0]!;
    const response = await nextAuth("/api/auth/callback/credentials", {
      method: "POST",
      cookie: `${seam.csrfCookieName(false)}=${encodeURIComponent(minted)}`,
      form: { csrfToken: token, loginId: "reporter", password: "demo1234!", callbackUrl: "/editor" },
    });
    expect(response.status).toBe(302);
    expect(seam.signInErrorCode(response.headers.get("location") ?? "")).toBeNull();
    expect(setCookie(response, SESSION_COOKIE)).toBeDefined();
  });

  it("answers a wrong token with the redirect signInErrorCode reads as CSRF", async () => {
    const response = await nextAuth("/api/auth/callback/credentials", {
      method: "POST",
      cookie: `${seam.csrfCookieName(false)}=${encodeURIComponent(seam.mintCsrfCookieValue())}`,
      form: { csrfToken: "forged", loginId: "reporter", password: "demo1234!" },
    });
    expect(seam.signInErrorCode(response.headers.get("location") ?? "")).toBe("CSRF");
    expect(setCookie(response, SESSION_COOKIE)).toBeUndefined();
  });
});

describe("next-auth's sign-in answer", () => {
  async function signIn(form: Record<string, string>): Promise<Response> {
    const minted = seam.mintCsrfCookieValue();
    return nextAuth("/api/auth/callback/credentials", {
      method: "POST",
      cookie: `${seam.csrfCookieName(false)}=${encodeURIComponent(minted)}`,
      form: { csrfToken: minted.split("|")[0]!, callbackUrl: "/editor", ...form },
    });
  }

  it("turns authorize()'s thrown code into the error redirect signInErrorCode reads", async () => {
    const response = await signIn({ loginId: "reporter", password: "wrong" });
    expect(seam.signInErrorCode(response.headers.get("location") ?? "")).toBe("INVALID");
  });

  it("writes the session token under our cookie name with an Expires, which the route reshapes", async () => {
    const response = await signIn({ loginId: "reporter", password: "demo1234!" });
    const cookie = setCookie(response, SESSION_COOKIE)!;
    expect(cookie).toMatch(/Expires=/i);
    const claims = await seam.decodeSessionToken(decodeURIComponent(cookieValue(cookie)));
    expect(claims).toMatchObject({ persistent: false });
    expect(await prisma.loginSession.count({ where: { id: claims!.sid } })).toBe(1);
    const headers = new Headers(response.headers);
    await seam.shapeSessionCookies(headers, false);
    const shaped = headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(shaped).not.toMatch(/expires=|max-age=/i);
  });

  it("answers JSON instead of the redirect when the form carries the JSON flag (the route drops it)", async () => {
    const response = await signIn({ loginId: "reporter", password: "wrong", [seam.NEXT_AUTH_JSON_FLAG]: "true" });
    expect(response.headers.get("location")).toBeNull();
    expect(((await response.json()) as { url: string }).url).toMatch(/error=INVALID/);
  });
});

describe("the route's answers to the login form", () => {
  it("answers JSON with a retry token when the form's script asks, even with the JSON flag set", async () => {
    const response = await viaRoute("/api/auth/callback/credentials", {
      method: "POST",
      accept: "application/json",
      form: { csrfToken: "", loginId: "reporter", password: "demo1234!", json: "true" },
    });
    expect(response.status).toBe(403);
    const answer = (await response.json()) as { error: string; csrfToken: string };
    expect(answer.error).toBe("CSRF");
    const cookie = setCookie(response, seam.csrfCookieName(false))!;
    const retry = await viaRoute("/api/auth/callback/credentials", {
      method: "POST",
      accept: "application/json",
      cookie: `${seam.csrfCookieName(false)}=${cookieValue(cookie)}`,
      form: { csrfToken: answer.csrfToken, loginId: "reporter", password: "demo1234!", callbackUrl: "/editor" },
    });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ok: true });
    expect(setCookie(retry, SESSION_COOKIE)).not.toMatch(/expires=|max-age=/i);
  });

  it("sends a failed plain form post back to /login with the code", async () => {
    const minted = seam.mintCsrfCookieValue();
    const response = await viaRoute("/api/auth/callback/credentials", {
      method: "POST",
      cookie: `${seam.csrfCookieName(false)}=${encodeURIComponent(minted)}`,
      form: { csrfToken: minted.split("|")[0]!, loginId: "reporter", password: "wrong", callbackUrl: "/editor" },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login?error=INVALID&next=%2Feditor");
  });
});

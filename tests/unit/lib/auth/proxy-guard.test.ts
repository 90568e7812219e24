import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { PATHNAME_HEADER, SESSION_COOKIE } from "@/lib/auth/cookie";
import { csrfTokenFromCookies, decodeSessionToken, encodeSessionToken } from "@/lib/auth/next-auth-seam";
import { guardEditorArea, prepareLoginPage } from "@/lib/auth/proxy-guard";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-the-check-0123456789";
});

afterEach(() => {
  vi.useRealTimers();
});

const CSP = "script-src 'nonce-abc' 'strict-dynamic'";

function request(path: string, cookie?: string): NextRequest {
  return new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });
}

/** A token as if issued `hoursAgo` hours ago. */
async function tokenIssued(persistent: boolean, hoursAgo: number): Promise<string> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() - hoursAgo * 3600_000);
  const token = await encodeSessionToken({ sid: "sid-1", persistent });
  vi.useRealTimers();
  return token;
}

describe("editor guard in the proxy", () => {
  it("sends a visitor without a session cookie to /login?next=…", async () => {
    const response = await guardEditorArea(request("/editor/articles/new?board=news"), CSP);
    expect(response?.status).toBe(303);
    expect(response?.headers.get("location")).toBe("http://localhost:3000/login?next=%2Feditor%2Farticles%2Fnew%3Fboard%3Dnews");
  });

  it("drops a cookie it can't read", async () => {
    const response = await guardEditorArea(request("/editor", `${SESSION_COOKIE}=garbage`), CSP);
    expect(response?.status).toBe(303);
    expect(response?.headers.getSetCookie().join()).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
  });

  it("lets a session cookie through, telling the layout the path", async () => {
    const token = await tokenIssued(false, 0);
    const response = await guardEditorArea(request("/editor/account", `${SESSION_COOKIE}=${token}`), CSP);
    expect(response?.status).toBe(200);
    expect(response?.headers.get(`x-middleware-request-${PATHNAME_HEADER}`)).toBe("/editor/account");
    // Next takes the nonce for its scripts from the policy on the request.
    expect(response?.headers.get("x-middleware-request-content-security-policy")).toBe(CSP);
    expect(response?.headers.getSetCookie()).toEqual([]);
  });

  it("re-issues a persistent cookie for another 30 days once it is over an hour old", async () => {
    const old = await tokenIssued(true, 2);
    const response = await guardEditorArea(request("/editor", `${SESSION_COOKIE}=${old}`), CSP);
    const [cookie] = response!.headers.getSetCookie();
    expect(cookie).toMatch(/Max-Age=2592000/);
    expect(cookie).toMatch(/HttpOnly/);
    const value = cookie!.split(";")[0]!.slice(SESSION_COOKIE.length + 1);
    const claims = await decodeSessionToken(value);
    expect(claims).toMatchObject({ sid: "sid-1", persistent: true });
    expect(claims!.issuedAt).toBeGreaterThan(Date.now() / 1000 - 60);

    const fresh = await tokenIssued(true, 0);
    const again = await guardEditorArea(request("/editor", `${SESSION_COOKIE}=${fresh}`), CSP);
    expect(again!.headers.getSetCookie()).toEqual([]);
  });

  it("never gives a browser-session cookie an expiry", async () => {
    const old = await tokenIssued(false, 5);
    const response = await guardEditorArea(request("/editor", `${SESSION_COOKIE}=${old}`), CSP);
    expect(response!.headers.getSetCookie()).toEqual([]);
  });
});

describe("login page CSRF cookie", () => {
  it("mints next-auth's CSRF cookie once", () => {
    const response = prepareLoginPage(request("/login"), CSP);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^next-auth\.csrf-token=[0-9a-f]{64}%7C[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=lax$/i);
    const value = decodeURIComponent(cookie!.split(";")[0]!.split("=")[1]!);
    expect(csrfTokenFromCookies({ get: () => ({ value }) })).toBe(value.split("|")[0]);

    const again = prepareLoginPage(request("/login", `next-auth.csrf-token=${encodeURIComponent(value)}`), CSP);
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it("ignores a forged CSRF cookie", () => {
    expect(csrfTokenFromCookies({ get: () => ({ value: "a".repeat(64) + "|" + "b".repeat(64) }) })).toBeNull();
  });
});

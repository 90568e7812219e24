import { beforeAll, describe, expect, it } from "vitest";
import { loginErrorLocation } from "@/lib/auth/sign-in-errors";
import { decodeSessionToken, encodeSessionToken, shapeSessionCookies, signInErrorCode } from "@/lib/auth/next-auth-seam";
import { SESSION_COOKIE } from "@/lib/auth/cookie";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-the-check-0123456789";
});

// What next-auth v4 itself sends after a credentials sign-in: Expires = now + session.maxAge.
function nextAuthSetCookie(token: string): string {
  const expires = new Date(Date.now() + 30 * 24 * 3600 * 1000).toUTCString();
  return `${SESSION_COOKIE}=${token}; Path=/; Expires=${expires}; HttpOnly; SameSite=Lax`;
}

async function shaped(token: string, secure = false): Promise<string[]> {
  const headers = new Headers();
  headers.append("Set-Cookie", "next-auth.callback-url=%2Feditor; Path=/; HttpOnly; SameSite=Lax");
  headers.append("Set-Cookie", nextAuthSetCookie(token));
  await shapeSessionCookies(headers, secure);
  return headers.getSetCookie();
}

describe("session cookie shaping", () => {
  it("makes an unticked sign-in a browser-session cookie: no Expires, no Max-Age", async () => {
    const token = await encodeSessionToken({ sid: "abc", persistent: false });
    const cookies = await shaped(token);
    const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(session).toBe(`${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax`);
    expect(session).not.toMatch(/expires|max-age/i);
    expect(cookies).toContain("next-auth.callback-url=%2Feditor; Path=/; HttpOnly; SameSite=Lax");
  });

  it("makes a ticked sign-in persistent for 30 days", async () => {
    const token = await encodeSessionToken({ sid: "abc", persistent: true });
    const session = (await shaped(token, true)).find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(session).toMatch(/; Max-Age=2592000$/);
    expect(session).toMatch(/; HttpOnly; SameSite=Lax; Secure;/);
    expect(session).not.toMatch(/expires/i);
  });

  it("passes a deletion through and leaves a foreign token alone", async () => {
    const headers = new Headers();
    headers.append("Set-Cookie", `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    await shapeSessionCookies(headers, false);
    expect(headers.getSetCookie()).toEqual([`${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`]);

    const foreign = new Headers({ "Set-Cookie": nextAuthSetCookie("garbage") });
    await shapeSessionCookies(foreign, false);
    expect(foreign.getSetCookie()[0]).toMatch(/Expires=/);
  });
});

describe("sign-in redirects", () => {
  it("recognises next-auth's failure redirects", () => {
    expect(signInErrorCode("http://h/api/auth/error?error=THROTTLED")).toBe("THROTTLED");
    expect(signInErrorCode("http://h/api/auth/error?error=CredentialsSignin&provider=credentials")).toBe("INVALID");
    expect(signInErrorCode("http://h/api/auth/signin?csrf=true")).toBe("CSRF");
    expect(signInErrorCode("/editor")).toBeNull();
    expect(signInErrorCode("http://h/api/auth/error?error=%3Cscript%3E")).toBe("INVALID");
  });

  it("keeps a safe next path only", () => {
    expect(loginErrorLocation("INVALID", "/editor/articles/new")).toBe("/login?error=INVALID&next=%2Feditor%2Farticles%2Fnew");
    expect(loginErrorLocation("INVALID", "https://evil.example/")).toBe("/login?error=INVALID");
  });
});

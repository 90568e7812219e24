import { beforeAll, describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken, shapeSessionCookies, signInErrorCode } from "@/lib/auth/next-auth-seam";
import { clientIp, isSecureRequest } from "@/lib/auth/client-ip";
import { SESSION_COOKIE, serializeSessionCookie } from "@/lib/auth/cookie";
import { safeNextPath } from "@/lib/auth/next-path";
import { loginErrorLocation } from "@/lib/auth/sign-in-errors";
import { describeUserAgent } from "@/lib/auth/user-agent";

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

  it("serializes with Secure only on https", () => {
    expect(serializeSessionCookie("v", { persistent: false, secure: false })).toBe(`${SESSION_COOKIE}=v; Path=/; HttpOnly; SameSite=Lax`);
    expect(serializeSessionCookie("v", { persistent: true, secure: true })).toBe(
      `${SESSION_COOKIE}=v; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=2592000`,
    );
  });
});

describe("session token", () => {
  it("round-trips only the session id and the persistence flag", async () => {
    const token = await encodeSessionToken({ sid: "s1", persistent: true });
    const claims = await decodeSessionToken(token);
    expect(claims).toMatchObject({ sid: "s1", persistent: true });
    expect(claims!.issuedAt).toBeGreaterThan(0);
  });

  it("rejects tampered or garbage tokens", async () => {
    const token = await encodeSessionToken({ sid: "s1", persistent: false });
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await decodeSessionToken(tampered)).toBeNull();
    expect(await decodeSessionToken("not-a-token")).toBeNull();
    expect(await decodeSessionToken(undefined)).toBeNull();
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

  it.each([
    ["/editor", "/editor"],
    ["/editor/articles/1?x=1", "/editor/articles/1?x=1"],
    ["//evil.example", null],
    ["/\\evil.example", null],
    ["https://evil.example/editor", null],
    ["javascript:alert(1)", null],
    ["editor", null],
    ["", null],
    // Dot segments that normalize into a protocol-relative URL (audit finding 3).
    ["/.//evil.example/x", null],
    ["/./\\evil.example", null],
    ["/a/..//evil.example", null],
    ["/%2e//evil.example", null],
    ["/editor/../editor/account", "/editor/account"],
  ])("safeNextPath(%j) = %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("client ip and device", () => {
  it("reads the address the request gate worked out, never X-Forwarded-For itself", () => {
    expect(clientIp(new Headers({ "x-ln-client-ip": "10.0.0.2", "x-forwarded-for": "6.6.6.6" }))).toBe("10.0.0.2");
    expect(clientIp({ "x-forwarded-for": "6.6.6.6" })).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });

  it("marks cookies Secure when the public address is https, whatever the headers say", () => {
    expect(isSecureRequest(new Headers(), "https://news.example")).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }), "http://localhost:3000")).toBe(false);
    expect(isSecureRequest(new Headers({ "x-ln-client-proto": "https" }), "http://localhost:3000")).toBe(true);
    expect(isSecureRequest(new Headers({ "x-ln-client-proto": "http" }), undefined)).toBe(false);
  });

  it("names common browsers and systems", () => {
    expect(
      describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"),
    ).toBe("Chrome · Windows");
    expect(
      describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ).toBe("Safari · iOS");
    expect(describeUserAgent("Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0 Mobile Safari/537.36")).toBe(
      "삼성 인터넷 · Android",
    );
    expect(describeUserAgent("")).toBe("알 수 없는 기기");
  });
});

import { describe, expect, it } from "vitest";
import { SESSION_COOKIE, serializeSessionCookie } from "@/lib/auth/cookie";

describe("session cookie", () => {
  it("serializes with Secure only on https", () => {
    expect(serializeSessionCookie("v", { persistent: false, secure: false })).toBe(`${SESSION_COOKIE}=v; Path=/; HttpOnly; SameSite=Lax`);
    expect(serializeSessionCookie("v", { persistent: true, secure: true })).toBe(
      `${SESSION_COOKIE}=v; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=2592000`,
    );
  });
});

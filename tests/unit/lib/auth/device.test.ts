import { beforeAll, describe, expect, it } from "vitest";
import { cookieValue, knownDeviceId, mintDeviceToken, serializeDeviceCookie, sessionDeviceId } from "@/lib/auth/device";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";
});

describe("known-device cookie", () => {
  it("names the device for its own account only", () => {
    const token = mintDeviceToken("editor");
    const id = knownDeviceId(token, "editor");
    expect(id).toMatch(/^d:[A-Za-z0-9_-]{12}$/);
    expect(knownDeviceId(token, "admin")).toBeNull();
    expect(knownDeviceId(mintDeviceToken("editor"), "editor")).not.toBe(id);
  });

  it("refuses tampered, foreign and expired tokens", () => {
    const token = mintDeviceToken("editor", new Date("2026-01-01T00:00:00Z"));
    expect(knownDeviceId(token, "editor", new Date("2026-02-01T00:00:00Z"))).not.toBeNull();
    expect(knownDeviceId(token, "editor", new Date("2026-06-01T00:00:00Z"))).toBeNull();
    const [a, n, i, mac] = token.split(".");
    expect(knownDeviceId([Buffer.from("admin").toString("base64url"), n, i, mac].join("."), "admin")).toBeNull();
    expect(knownDeviceId([a, n, String(Number(i) + 1), mac].join("."), "editor")).toBeNull();
    expect(knownDeviceId("garbage", "editor")).toBeNull();
    expect(knownDeviceId(undefined, "editor")).toBeNull();
  });

  it("keys a session's browser without revealing the session id", () => {
    expect(sessionDeviceId("abc")).toMatch(/^s:/);
    expect(sessionDeviceId("abc")).not.toContain("abc");
  });

  it("is an HttpOnly cookie sent only to /api/auth", () => {
    expect(serializeDeviceCookie("t", true)).toBe("ln_device=t; Path=/api/auth; Max-Age=7776000; HttpOnly; SameSite=Lax; Secure");
    expect(cookieValue("a=1; ln_device=x%2Ey; b=2", "ln_device")).toBe("x.y");
    expect(cookieValue("a=1", "ln_device")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

const loopback = parseTrustedProxies(undefined);

describe("client address (audit finding 4)", () => {
  it("believes X-Forwarded-For only from a trusted proxy", () => {
    expect(resolveClientAddress(loopback, "192.0.2.50", "6.6.6.6", "https", false)).toEqual({ ip: "192.0.2.50", proto: "http", viaProxy: false });
    expect(resolveClientAddress(loopback, "::ffff:127.0.0.1", "6.6.6.6, 203.0.113.7", "https", false)).toEqual({ ip: "203.0.113.7", proto: "https", viaProxy: true });
    expect(resolveClientAddress(loopback, "127.0.0.1", undefined, undefined, false)).toEqual({ ip: "127.0.0.1", proto: "http", viaProxy: false });
  });

  it("skips our own proxies from the right, and stops at garbage", () => {
    const chain = parseTrustedProxies("loopback, 10.0.0.0/8");
    expect(resolveClientAddress(chain, "127.0.0.1", "6.6.6.6, 198.51.100.4, 10.0.0.9", undefined, false).ip).toBe("198.51.100.4");
    expect(resolveClientAddress(chain, "127.0.0.1", "198.51.100.4, not-an-ip", undefined, false).ip).toBe("127.0.0.1");
    expect(resolveClientAddress(parseTrustedProxies("none"), "127.0.0.1", "6.6.6.6", undefined, false).ip).toBe("127.0.0.1");
  });

  it("refuses a proxy list it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("nginx")).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies("::1, 192.168.0.0/16").check("192.168.3.4")).toBe(true);
  });
});

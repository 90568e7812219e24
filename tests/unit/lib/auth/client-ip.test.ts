import { describe, expect, it } from "vitest";
import { clientIp, isSecureRequest } from "@/lib/auth/client-ip";

describe("client ip", () => {
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
});

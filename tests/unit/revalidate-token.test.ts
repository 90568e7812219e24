import { describe, expect, it } from "vitest";
import { isRevalidateToken, revalidateToken } from "@/lib/cache/revalidate-token";

describe("cache refresh token", () => {
  it("is accepted only when made with the site's secret", () => {
    const secret = "a".repeat(43);
    const token = revalidateToken(secret);
    expect(token).not.toContain(secret);
    expect(isRevalidateToken(secret, token)).toBe(true);
    expect(isRevalidateToken("b".repeat(43), token)).toBe(false);
    expect(isRevalidateToken(secret, null)).toBe(false);
    expect(isRevalidateToken(secret, `${token}x`)).toBe(false);
  });
});

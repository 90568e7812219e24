import { beforeAll, describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/next-auth-seam";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-the-check-0123456789";
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

import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/next-path";

describe("next paths after sign-in", () => {
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

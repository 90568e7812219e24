import { describe, expect, it } from "vitest";
import { isAllowedHost } from "@/lib/http/host";

describe("allowed hosts (next-auth builds URLs from them)", () => {
  const allowed = new Set(["news.example", "localhost", "127.0.0.1"]);
  it("accepts ours with any port, and nothing else", () => {
    expect(isAllowedHost("news.example", allowed)).toBe(true);
    expect(isAllowedHost("localhost:3000", allowed)).toBe(true);
    expect(isAllowedHost("evil.example", allowed)).toBe(false);
    expect(isAllowedHost("news.example@evil.example", allowed)).toBe(false);
    expect(isAllowedHost("", allowed)).toBe(false);
  });
});

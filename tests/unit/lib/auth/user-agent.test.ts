import { describe, expect, it } from "vitest";
import { describeUserAgent } from "@/lib/auth/user-agent";

describe("device names in the session list", () => {
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

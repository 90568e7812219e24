import { describe, expect, it } from "vitest";
import { shareLinks } from "@/lib/reading/share";

describe("share links", () => {
  it("are the services' own share addresses with the encoded article URL", () => {
    const links = shareLinks("https://news.example/article/12", "시장 & 의회");
    expect(links.map((l) => l.service)).toEqual(["kakaoStory", "facebook", "x"]);
    expect(links[0]!.href).toBe("https://story.kakao.com/share?url=https%3A%2F%2Fnews.example%2Farticle%2F12");
    expect(links[1]!.href).toBe("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Farticle%2F12");
    expect(new URL(links[2]!.href).searchParams.get("text")).toBe("시장 & 의회");
  });
});

import { describe, expect, it } from "vitest";
import { isBot } from "@/lib/views/bots";
import { MAX_REMEMBERED, decideView, parseViewedCookie, secondsUntilSeoulMidnight, serializeViewedCookie } from "@/lib/views/dedup";

describe("view dedup (one count per reader per article per Seoul day)", () => {
  const today = "2024-06-21";

  it("counts the first view and remembers it", () => {
    const first = decideView(1005, undefined, today);
    expect(first).toEqual({ count: true, ids: [1005] });
    const cookie = serializeViewedCookie(today, first.ids);
    expect(decideView(1005, cookie, today)).toEqual({ count: false, ids: [1005] });
  });

  it("counts another article for the same reader", () => {
    const cookie = serializeViewedCookie(today, [1005]);
    expect(decideView(7, cookie, today)).toEqual({ count: true, ids: [1005, 7] });
  });

  it("counts again on the next Seoul day", () => {
    const cookie = serializeViewedCookie(today, [1005]);
    expect(decideView(1005, cookie, "2024-06-22").count).toBe(true);
  });

  it("ignores malformed cookies instead of failing", () => {
    for (const junk of ["", "garbage", "20240621.", "20240621.!!-zz", "x.y.z"]) {
      expect(decideView(5, junk, today).count).toBe(true);
    }
    expect(parseViewedCookie("20240621.5-!!-a", today)).toEqual([5, 10]);
  });

  it("keeps the cookie bounded, forgetting the oldest ids", () => {
    const ids = Array.from({ length: MAX_REMEMBERED + 20 }, (_, i) => 2_000_000_000 - i);
    const cookie = serializeViewedCookie(today, ids);
    const back = parseViewedCookie(cookie, today);
    expect(back).toHaveLength(MAX_REMEMBERED);
    expect(back[0]).toBe(ids[20]);
    expect(cookie.length).toBeLessThan(2100);
  });

  it("expires the cookie at the next midnight in Seoul", () => {
    // 2024-06-21 23:50 in Seoul = 14:50 UTC: ten minutes left.
    expect(secondsUntilSeoulMidnight(new Date("2024-06-21T14:50:00Z"))).toBe(600);
    // 00:00 in Seoul exactly: a whole day.
    expect(secondsUntilSeoulMidnight(new Date("2024-06-21T15:00:00Z"))).toBe(86_400);
  });
});

describe("bot detection", () => {
  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; Yeti/1.1; +http://naver.me/spd)",
    "Mozilla/5.0 (compatible; Daumoa/4.0)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "kakaotalk-scrap/1.0; +https://devtalk.kakao.com/",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
    "curl/8.5.0",
    "python-requests/2.31",
    "Go-http-client/1.1",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36 chrome-headless-shell",
    "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 3 subscribers)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "",
  ])("treats %j as a bot", (ua) => {
    expect(isBot(ua)).toBe(true);
  });

  it.each([
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 KAKAOTALK 10.6.7",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-G998N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.5.1)",
  ])("treats %j as a reader", (ua) => {
    expect(isBot(ua)).toBe(false);
  });
});

describe("Fetch Metadata of the beacon (audit: views from other sites)", () => {
  it("counts our own pages and browsers that do not say, never other sites or typed URLs", async () => {
    const { countsFromFetchSite } = await import("@/lib/views/dedup");
    expect(countsFromFetchSite("same-origin")).toBe(true);
    expect(countsFromFetchSite("same-site")).toBe(true);
    expect(countsFromFetchSite(null)).toBe(true);
    expect(countsFromFetchSite("cross-site")).toBe(false);
    expect(countsFromFetchSite("none")).toBe(false);
  });
});


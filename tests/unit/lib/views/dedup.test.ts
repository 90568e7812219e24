import { describe, expect, it } from "vitest";
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

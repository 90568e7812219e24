import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// Outside a Next server there is no incremental cache: run the cached reads directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { setUpCrawlerSite } from "../../../fixtures/crawler-site";

process.env.SITE_URL = "https://news.example";
setUpCrawlerSite();
const schedule = await import("@/lib/schedule/queries");

describe("schedule days from the database", () => {
  it("reads a day's entries of published posts in time order", async () => {
    const day = await schedule.getScheduleDay("2025-02-19");
    expect(day.entries.map((e) => [e.time, e.event])).toEqual([
      ["08:30", "간부회의"],
      ["10:00", "읍면동장 회의"],
    ]);
    expect(day.posts).toHaveLength(1);
    expect((await schedule.getScheduleDay("2025-02-20")).entries).toEqual([]);
  });

  it("links to the nearest days that have published entries", async () => {
    expect(await schedule.getScheduleNeighbors("2025-02-19")).toEqual({ previous: null, next: "2025-02-21" });
    expect(await schedule.getScheduleNeighbors("2025-02-20")).toEqual({ previous: "2025-02-19", next: "2025-02-21" });
    const range = await schedule.listScheduleRange("2025-02-01", "2025-02-28");
    expect(range.map((r) => r.date)).toEqual(["2025-02-19", "2025-02-19", "2025-02-21"]);
  });
});

import { describe, expect, it } from "vitest";
import { addDays, isCalendarDay, isServedScheduleDay, shortDayLabel } from "@/lib/schedule/days";

describe("schedule days", () => {
  it("accepts only real days in strict YYYY-MM-DD", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    for (const bad of ["2025-02-29", "2025-02-30", "2025-2-3", "2025-13-01", "20250219", "2025-02-19x", "", "0000-00-00"]) {
      expect(isCalendarDay(bad)).toBe(false);
    }
  });

  it("serves days from 2000 to two years ahead", () => {
    expect(isServedScheduleDay("2025-02-19", "2026-11-28")).toBe(true);
    expect(isServedScheduleDay("2028-11-27", "2026-11-28")).toBe(true);
    expect(isServedScheduleDay("2028-11-29", "2026-11-28")).toBe(false);
    expect(isServedScheduleDay("1999-12-31", "2026-11-28")).toBe(false);
  });

  it("steps across months and years, and labels days in Korean", () => {
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(shortDayLabel("2025-02-19")).toBe("2월 19일(수)");
  });
});

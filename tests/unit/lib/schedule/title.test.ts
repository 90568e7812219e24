import { describe, expect, it } from "vitest";
import { scheduleTitle } from "@/lib/schedule/title";

describe("scheduleTitle", () => {
  it.each([
    ["2020-02-19", "[남원시 오늘의 주요일정] - 2월 19일 수요일"],
    ["2020-02-18", "[남원시 오늘의 주요일정] - 2월 18일 화요일"],
    ["2020-02-17", "[남원시 오늘의 주요일정] - 2월 17일 월요일"],
    ["2020-02-14", "[남원시 오늘의 주요일정] - 2월 14일 금요일"],
    ["2024-12-01", "[남원시 오늘의 주요일정] - 12월 1일 일요일"],
    ["2021-01-02", "[남원시 오늘의 주요일정] - 1월 2일 토요일"],
  ])("%s", (date, title) => {
    expect(scheduleTitle(date, "남원시")).toBe(title);
  });

  it("reads a Date in Asia/Seoul", () => {
    expect(scheduleTitle(new Date("2020-02-18T15:30:00Z"), "남원시")).toBe("[남원시 오늘의 주요일정] - 2월 19일 수요일");
    expect(scheduleTitle(new Date("2020-02-19T14:59:59Z"), "남원시")).toBe("[남원시 오늘의 주요일정] - 2월 19일 수요일");
    expect(scheduleTitle(new Date("2020-02-19T15:00:00Z"), "순창군")).toBe("[순창군 오늘의 주요일정] - 2월 20일 목요일");
    expect(scheduleTitle(new Date("2020-12-31T15:00:00Z"), "남원시")).toBe("[남원시 오늘의 주요일정] - 1월 1일 금요일");
  });

  it("throws on dates that do not exist", () => {
    expect(() => scheduleTitle("2020-02-30", "남원시")).toThrow(RangeError);
    expect(() => scheduleTitle("2020-2-3", "남원시")).toThrow(RangeError);
    expect(() => scheduleTitle(new Date("nope"), "남원시")).toThrow(RangeError);
  });
});

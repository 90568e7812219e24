import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildScheduleCalendar, entryUid, type CalendarEntry } from "@/lib/feeds/ical";

const options = { name: "한빛시 주요일정", description: "오늘의 주요일정", siteUrl: "https://news.example" };

function entry(overrides: Partial<CalendarEntry>): CalendarEntry {
  return {
    id: 1,
    articleId: 10,
    date: "2025-02-19",
    time: "08:30",
    event: "간부회의",
    place: "부시장실",
    attendees: "9명",
    department: "행정지원과",
    host: "부시장",
    postTitle: "[한빛시 오늘의 주요일정] - 2월 19일 수요일",
    postVersion: 3,
    postEditedAt: new Date("2025-02-18T23:00:00Z"),
    ...overrides,
  };
}

const text = buildScheduleCalendar(options, [
  entry({}),
  entry({ id: 2, time: "23:30", event: "야간 점검, 순찰(시장, 부시장)", place: null, attendees: null, department: null, host: null }),
]);
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));

describe("schedule.ics", () => {
  it("is a VCALENDAR 2.0 with a PRODID and CRLF line ends, folded at 75 octets", () => {
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(String(calendar.getFirstPropertyValue("prodid"))).toContain("news.example");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
  });

  it("describes Asia/Seoul in a VTIMEZONE that the events name", () => {
    const zone = calendar.getFirstSubcomponent("vtimezone");
    expect(zone?.getFirstPropertyValue("tzid")).toBe("Asia/Seoul");
    expect(events[0]!.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Seoul");
  });

  it("puts 08:30 Seoul at 23:30 UTC the day before", () => {
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!);
    const start = events[0]!.startDate;
    start.zone = zone;
    expect(start.toJSDate().toISOString()).toBe("2025-02-18T23:30:00.000Z");
    expect([start.hour, start.minute]).toEqual([8, 30]);
    const end = events[0]!.endDate;
    end.zone = zone;
    expect(end.toJSDate().toISOString()).toBe("2025-02-19T00:30:00.000Z");
  });

  it("gives each entry a stable UID, a UTC DTSTAMP and the text of its line", () => {
    expect(events.map((event) => event.uid)).toEqual([entryUid(1, options.siteUrl), entryUid(2, options.siteUrl)]);
    expect(entryUid(1, options.siteUrl)).toBe("schedule-entry-1@news.example");
    const stamp = events[0]!.component.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.zone?.tzid).toBe("UTC");
    expect(stamp.toJSDate().toISOString()).toBe("2025-02-18T23:00:00.000Z");
    expect(events[0]!.summary).toBe("간부회의");
    expect(events[0]!.location).toBe("부시장실");
    expect(events[0]!.description).toContain("▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장");
    expect(events[0]!.sequence).toBe(3);
    // Commas are escaped in TEXT values and read back as written.
    expect(events[1]!.summary).toBe("야간 점검, 순찰(시장, 부시장)");
    expect(events[1]!.location).toBeNull();
  });

  it("is stable: the same entries give the same bytes", () => {
    expect(buildScheduleCalendar(options, [entry({})])).toBe(buildScheduleCalendar(options, [entry({})]));
  });
});

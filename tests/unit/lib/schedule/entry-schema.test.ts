import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { scheduleEntrySchema, type ScheduleLine } from "@/lib/validations/schedule-entry";
import { scheduleMessages as m } from "@/lib/schedule/messages";

describe("scheduleEntrySchema", () => {
  it("trims, collapses whitespace and turns empty optional fields into null", () => {
    expect(
      scheduleEntrySchema.parse({ time: " 8:30 ", event: "  간부회의 ", place: "", attendees: "   ", department: null, host: " 시  장 " }),
    ).toEqual({ time: "08:30", event: "간부회의", place: null, attendees: null, department: null, host: "시 장" });
    expect(scheduleEntrySchema.parse({ time: "09:00", event: "회의" })).toEqual({ time: "09:00", event: "회의", place: null, attendees: null, department: null, host: null });
  });

  it.each([
    [{ time: "", event: "회의" }, m.timeRequired],
    [{ event: "회의" }, m.timeRequired],
    [{ time: "24:00", event: "회의" }, m.invalidTime("24:00")],
    [{ time: "9:00 오전", event: "회의" }, m.invalidTime("9:00 오전")],
    [{ time: "09:00", event: "   " }, m.emptyEvent],
    [{ time: "09:00" }, m.emptyEvent],
    [{ time: "09:00", event: "가".repeat(301) }, m.fieldTooLong(m.fieldLabels.event, 300)],
    [{ time: "09:00", event: "10:00 회의" }, m.eventStartsWithTime],
    [{ time: "09:00", event: "회의", place: "시장실, 2층" }, m.separatorInField(m.fieldLabels.place)],
    [{ time: "09:00", event: "회의", host: "시장(대리" }, m.unclosedBracket(m.fieldLabels.host)],
    [{ time: "09:00", event: "회의", department: "▲ 기획실" }, m.bulletInField(m.fieldLabels.department, "▲")],
    [{ time: "09:00", event: "회의", attendees: "명".repeat(101) }, m.fieldTooLong(m.fieldLabels.attendees, 100)],
  ])("rejects %j", (input, message) => {
    const result = scheduleEntrySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("rejects an entry whose formatted line would exceed 500 characters", () => {
    const result = scheduleEntrySchema.safeParse({
      time: "09:00",
      event: "가".repeat(300),
      place: "나".repeat(200),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(m.lineTooLong(512, 500));
  });

  it("outputs exactly a ScheduleLine", () => {
    expectTypeOf<z.output<typeof scheduleEntrySchema>>().toEqualTypeOf<ScheduleLine>();
  });
});

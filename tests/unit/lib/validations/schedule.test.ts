import { describe, expect, it } from "vitest";
import { parseScheduleForm } from "@/lib/validations/schedule";

describe("schedule form schema", () => {
  it("reports row errors by row and field", () => {
    const result = parseScheduleForm({
      date: "2026-02-19",
      boardId: "8",
      entries: [
        { time: "08:30", event: "간부회의" },
        { time: "25:00", event: "잘못된 시각" },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.fieldErrors)).toEqual(["entries.1.time"]);
  });

  it("refuses an impossible date and an empty list", () => {
    const result = parseScheduleForm({ date: "2026-02-30", boardId: "8", entries: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(result.fieldErrors).sort()).toEqual(["date", "entries"]);
  });
});

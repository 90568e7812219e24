import type { ScheduleLine } from "../validations/schedule-entry";

/**
 * `▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장`. Missing trailing fields are
 * left out; a missing field before a present one is written as an empty slot
 * (`간부회의, , 9명`) so the line parses back to the same entry.
 */
export function formatScheduleLine(entry: ScheduleLine): string {
  const fields = [entry.event, entry.place, entry.attendees, entry.department, entry.host];
  while (fields.length > 1 && fields[fields.length - 1] == null) fields.pop();
  return `▲ ${entry.time} - ${fields.map((field) => field ?? "").join(", ")}`;
}

export function formatScheduleText(entries: readonly ScheduleLine[]): string {
  return entries.map(formatScheduleLine).join("\n");
}

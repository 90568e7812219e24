import { seoulDay } from "@/lib/time";

// Calendar days ("YYYY-MM-DD", Asia/Seoul) as the schedule pages and the calendar feed use them.

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day in strict `YYYY-MM-DD` form (`2025-02-30` and `2025-2-3` are not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_RE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/**
 * Days a schedule page exists for: from 2000-01-01 to two years after today. Days in that
 * range without entries get a 200 page saying so; days outside it (or malformed) get 404, so
 * crawlers following "next day" links cannot walk forever.
 */
export function isServedScheduleDay(day: string, today: string = seoulDay()): boolean {
  return isCalendarDay(day) && day >= "2000-01-01" && day <= addDays(today, 730);
}

const WEEKDAYS = ["일", "월", "화", "수", "목", "금", "토"] as const;

/** `2월 18일(화)` for links to another day. */
export function shortDayLabel(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  return `${date.getUTCMonth() + 1}월 ${date.getUTCDate()}일(${WEEKDAYS[date.getUTCDay()] ?? ""})`;
}

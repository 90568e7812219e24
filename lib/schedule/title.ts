import { seoulDay } from "@/lib/time";

import { scheduleMessages as m } from "./messages";

const DATE_KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `[남원시 오늘의 주요일정] - 2월 19일 수요일`. A Date is read in Asia/Seoul (the
 * newsroom"s calendar, whatever the server"s TZ); a "YYYY-MM-DD" string is taken as
 * that calendar day. Throws RangeError on an invalid Date or a day that does not exist.
 */
export function scheduleTitle(date: Date | string, cityName: string): string {
  if (date instanceof Date && Number.isNaN(date.getTime())) throw new RangeError("Invalid Date");
  const key = date instanceof Date ? seoulDay(date) : date;
  const match = DATE_KEY_RE.exec(key);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const utcDay = new Date(Date.UTC(year, month - 1, day));
  if (!match || utcDay.getUTCMonth() !== month - 1 || utcDay.getUTCDate() !== day) {
    throw new RangeError(`Expected a YYYY-MM-DD date, got "${key}"`);
  }
  const weekday = m.weekdays[utcDay.getUTCDay()] ?? "";
  return m.title(cityName.trim(), month, day, weekday);
}

import ical from "ical-generator";
import { formatScheduleLine } from "@/lib/schedule/format";
import type { ScheduleLine } from "@/lib/validations/schedule-entry";

// The schedule as an RFC 5545 calendar. Times carry TZID=Asia/Seoul with a VTIMEZONE: Korea
// has kept +09:00 without daylight saving since 1988, so one STANDARD block describes it.

export const SEOUL_TZID = "Asia/Seoul";

const SEOUL_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${SEOUL_TZID}`,
  `X-LIC-LOCATION:${SEOUL_TZID}`,
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0900",
  "TZOFFSETTO:+0900",
  "TZNAME:KST",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** Schedule entries only have a start; calendars get a nominal hour. */
const NOMINAL_MINUTES = 60;

export type CalendarEntry = ScheduleLine & {
  id: number;
  articleId: number;
  /** "YYYY-MM-DD" (Asia/Seoul) */
  date: string;
  postTitle: string;
  /** Bumps SEQUENCE so subscribed calendars take an edit. */
  postVersion: number;
  postEditedAt: Date;
};

export type CalendarOptions = {
  name: string;
  description: string;
  siteUrl: string;
};

/**
 * ical-generator writes a JS Date under a TZID as its UTC fields, so the Seoul wall-clock time
 * goes in as a UTC date with the same fields.
 */
function seoulWallClock(date: string, time: string, plusMinutes = 0): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute + plusMinutes));
}

export function entryUid(id: number, siteUrl: string): string {
  return `schedule-entry-${id}@${new URL(siteUrl).hostname}`;
}

export function buildScheduleCalendar(options: CalendarOptions, entries: readonly CalendarEntry[]): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: new URL(options.siteUrl).hostname, product: "local-news-schedule", language: "KO" },
    url: `${options.siteUrl}/schedule`,
    ttl: 60 * 60,
    // name: null keeps DTSTAMP in UTC; only events carry the TZID (and get the VTIMEZONE).
    timezone: { name: null, generator: (tz: string) => (tz === SEOUL_TZID ? SEOUL_VTIMEZONE : null) },
  });
  for (const entry of entries) {
    const details = [entry.attendees, entry.department, entry.host].filter(Boolean).join(", ");
    calendar.createEvent({
      id: entryUid(entry.id, options.siteUrl),
      sequence: entry.postVersion,
      stamp: entry.postEditedAt,
      start: seoulWallClock(entry.date, entry.time),
      end: seoulWallClock(entry.date, entry.time, NOMINAL_MINUTES),
      timezone: SEOUL_TZID,
      summary: entry.event,
      location: entry.place,
      description: [formatScheduleLine(entry), details, entry.postTitle].filter(Boolean).join("\n"),
      url: `${options.siteUrl}/schedule/${entry.date}`,
    });
  }
  return calendar.toString();
}

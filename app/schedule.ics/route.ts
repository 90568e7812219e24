import { siteUrl } from "@/lib/env";
import { buildScheduleCalendar } from "@/lib/feeds/ical";
import { addDays } from "@/lib/schedule/days";
import { listScheduleRange } from "@/lib/schedule/queries";
import { seo } from "@/lib/strings";
import { seoulDay } from "@/lib/time";

/** Days before and after today that the subscribed calendar carries. */
const WINDOW_DAYS = 60;

export async function GET(): Promise<Response> {
  const today = seoulDay();
  const rows = await listScheduleRange(addDays(today, -WINDOW_DAYS), addDays(today, WINDOW_DAYS));
  const body = buildScheduleCalendar(
    { name: seo.calendarName, description: seo.calendarDescription, siteUrl: siteUrl() },
    rows.map((row) => ({ ...row, postEditedAt: new Date(row.postEditedAt) })),
  );
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="schedule.ics"',
      "cache-control": "public, max-age=600",
    },
  });
}

import { ScheduleLines } from "./schedule-lines";
import { getScheduleDay } from "@/lib/schedule/queries";
import { schedulePages as schedulePagesText } from "@/lib/strings";
import { seoulDay } from "@/lib/time";

/**
 * The home page's "오늘의 주요일정" block. `day` defaults to today in Asia/Seoul; a cached
 * page that embeds this must expire at midnight Seoul time (or pass the day in).
 */
export async function TodaySchedule({ day = seoulDay(), headingLevel = 2 }: { day?: string; headingLevel?: 2 | 3 }) {
  const { entries } = await getScheduleDay(day);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="today-schedule-heading" className="rounded border border-gray-300 p-4">
      <Heading id="today-schedule-heading" className="text-lg font-bold">
        {schedulePagesText.todayHeading}
      </Heading>
      {entries.length === 0 ? (
        <p className="mt-2 text-[15px]">{schedulePagesText.todayEmpty}</p>
      ) : (
        <ScheduleLines entries={entries} className="mt-2 space-y-1 text-[15px]" />
      )}
      <p className="mt-3 text-sm">
        <a href="/schedule" className="text-brand underline">
          {schedulePagesText.allSchedules}
        </a>
      </p>
    </section>
  );
}

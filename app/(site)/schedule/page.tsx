import type { Metadata } from "next";
import { connection } from "next/server";
import { ScheduleDayView } from "@/components/schedule/schedule-day-view";
import { getScheduleDay, getScheduleNeighbors } from "@/lib/schedule/queries";
import { scheduleTitle } from "@/lib/schedule/title";
import { scheduleMetadata } from "@/lib/seo/schedule";
import { site } from "@/lib/site";
import { seoulDay } from "@/lib/time";

// "Today" is the Asia/Seoul day at request time, so this page renders per request (its data
// stays cached per day).
async function today(): Promise<string> {
  await connection();
  return seoulDay();
}

export async function generateMetadata(): Promise<Metadata> {
  const date = await today();
  const day = await getScheduleDay(date);
  return scheduleMetadata(date, day.entries.length, "/schedule", false);
}

export default async function TodaySchedulePage() {
  const date = await today();
  const [day, neighbors] = await Promise.all([getScheduleDay(date), getScheduleNeighbors(date)]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      <ScheduleDayView title={scheduleTitle(date, site.city)} day={day} neighbors={neighbors} />
    </main>
  );
}

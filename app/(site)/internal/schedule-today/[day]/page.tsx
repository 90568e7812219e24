import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleDayView } from "@/components/schedule/schedule-day-view";
import { JsonLd } from "@/components/seo/json-ld";
import { addDays } from "@/lib/schedule/days";
import { getScheduleDay, getScheduleNeighbors } from "@/lib/schedule/queries";
import { scheduleTitle } from "@/lib/schedule/title";
import { scheduleEventsJsonLd, scheduleMetadata } from "@/lib/seo/schedule";
import { site } from "@/lib/site";
import { seoulDay } from "@/lib/time";

// `/schedule`, today's schedule. The proxy rewrites it here with today's Seoul date: one cache
// entry per day, rolling over at midnight by itself, rendered on first request, expired by a
// publish through schedule:{date} and articles.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ day: string }[]> {
  return [];
}

type Props = { params: Promise<{ day: string }> };

async function today(params: Props["params"]): Promise<string> {
  const { day } = await params;
  // Only around today (the proxy asks for today; a request may cross midnight on its way).
  const now = seoulDay();
  if (day !== now && day !== addDays(now, -1) && day !== addDays(now, 1)) notFound();
  return day;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const date = await today(params);
  const day = await getScheduleDay(date);
  return scheduleMetadata(date, day.entries.length, "/schedule", false);
}

export default async function TodaySchedulePage({ params }: Props) {
  const date = await today(params);
  const [day, neighbors] = await Promise.all([getScheduleDay(date), getScheduleNeighbors(date)]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      {day.entries.length > 0 && <JsonLd data={scheduleEventsJsonLd(date, day.entries)} />}
      <ScheduleDayView title={scheduleTitle(date, site.city)} day={day} neighbors={neighbors} />
    </main>
  );
}

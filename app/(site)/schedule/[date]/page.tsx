import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleDayView } from "@/components/schedule/schedule-day-view";
import { JsonLd } from "@/components/seo/json-ld";
import { keepOutOfCache } from "@/lib/cache/no-store";
import { isServedScheduleDay } from "@/lib/schedule/days";
import { getScheduleDay, getScheduleNeighbors } from "@/lib/schedule/queries";
import { scheduleTitle } from "@/lib/schedule/title";
import { scheduleEventsJsonLd, scheduleMetadata } from "@/lib/seo/schedule";
import { site } from "@/lib/site";

type Props = { params: Promise<{ date: string }> };

// Rendered on first request, then served from the route cache until a publish expires its tags
// (schedule:{date}, articles); the time bound keeps the "far out of range" check moving.
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ date: string }[]> {
  return [];
}

// A malformed or far-out-of-range day is a 404; a real day without entries is a 200 page that
// says so (see lib/schedule/days.ts).
async function servedDay(params: Props["params"]): Promise<string> {
  const { date } = await params;
  if (!isServedScheduleDay(date)) notFound();
  return date;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const date = await servedDay(params);
  const day = await getScheduleDay(date);
  return scheduleMetadata(date, day.entries.length, `/schedule/${date}`);
}

export default async function ScheduleDatePage({ params }: Props) {
  const date = await servedDay(params);
  const day = await getScheduleDay(date);
  // Any of the ten thousand days 2000–2028 may be asked for; only days with entries are kept.
  const empty = day.entries.length === 0;
  if (empty) await keepOutOfCache();
  const neighbors = await getScheduleNeighbors(date, { cached: !empty });
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      {day.entries.length > 0 && <JsonLd data={scheduleEventsJsonLd(date, day.entries)} />}
      <ScheduleDayView title={scheduleTitle(date, site.city)} day={day} neighbors={neighbors} />
    </main>
  );
}

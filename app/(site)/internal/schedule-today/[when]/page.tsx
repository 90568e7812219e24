import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleDayView } from "@/components/schedule/schedule-day-view";
import { JsonLd } from "@/components/seo/json-ld";
import { getScheduleDay, getScheduleNeighbors } from "@/lib/schedule/queries";
import { scheduleTitle } from "@/lib/schedule/title";
import { scheduleEventsJsonLd, scheduleMetadata } from "@/lib/seo/schedule";
import { site } from "@/lib/site";
import { seoulDay } from "@/lib/time";

// `/schedule`, today's schedule (rewritten here by next.config.ts). Rendered on first request,
// expired by a publish through schedule:{date} and articles; the one-minute lifetime rolls it
// over shortly after midnight in Seoul.
export const revalidate = 60;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ when: string }[]> {
  return [];
}

type Props = { params: Promise<{ when: string }> };

async function today(params: Props["params"]): Promise<string> {
  if ((await params).when !== "today") notFound();
  return seoulDay();
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

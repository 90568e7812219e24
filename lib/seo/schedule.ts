import type { Metadata } from "next";
import { absoluteUrl, type JsonLd } from "./json-ld";
import { pageMetadata } from "./metadata";
import { formatScheduleLine } from "@/lib/schedule/format";
import type { ScheduleLine } from "@/lib/validations/schedule-entry";
import { scheduleTitle } from "@/lib/schedule/title";
import { site } from "@/lib/site";
import { schedulePages } from "@/lib/strings/schedule-pages";

/** Metadata of a schedule day page; empty dated days are not worth indexing (/schedule always is). */
export function scheduleMetadata(day: string, entryCount: number, path: string, noindexEmpty = true): Metadata {
  const title = scheduleTitle(day, site.city);
  return pageMetadata({
    title,
    description: schedulePages.description(title, entryCount),
    path,
    noindex: noindexEmpty && entryCount === 0,
  });
}

export type ScheduleEventInput = ScheduleLine & { id: number };

/**
 * `Event` for each entry of a day's schedule: name, start at the newsroom's wall clock with its
 * +09:00 offset (Korea keeps no daylight saving), and the place (the city when none is given).
 */
export function scheduleEventsJsonLd(day: string, entries: readonly ScheduleEventInput[], city: string = site.city): JsonLd[] {
  const url = absoluteUrl(`/schedule/${day}`);
  return entries.map((entry) => ({
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": `${url}#entry-${entry.id}`,
    name: entry.event,
    startDate: `${day}T${entry.time}:00+09:00`,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: entry.place ?? city,
      address: { "@type": "PostalAddress", addressLocality: city, addressCountry: "KR" },
    },
    ...(entry.department || entry.host ? { organizer: { "@type": "Organization", name: [entry.department, entry.host].filter(Boolean).join(" ") } } : {}),
    description: formatScheduleLine(entry),
    url,
    inLanguage: "ko-KR",
  }));
}

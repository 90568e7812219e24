import type { Metadata } from "next";
import { pageMetadata } from "./metadata";
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

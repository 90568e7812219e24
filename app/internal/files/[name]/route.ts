import { siteUrl } from "@/lib/env";
import { buildScheduleCalendar } from "@/lib/feeds/ical";
import { getSiteFeedData } from "@/lib/feeds/queries";
import { buildRss } from "@/lib/feeds/rss";
import { addDays } from "@/lib/schedule/days";
import { listScheduleRange } from "@/lib/schedule/queries";
import { SITE_FEED_PATH } from "@/lib/seo/metadata";
import { newsSitemapXml, sitemapIndexXml } from "@/lib/sitemaps/build";
import { xmlNotFound, xmlResponse } from "@/lib/sitemaps/response";
import { common, seo } from "@/lib/strings";
import { seoulDay } from "@/lib/time";

// The site's fixed-name files, each rewritten here by next.config.ts from its public path
// (/rss.xml, /sitemap.xml, /news-sitemap.xml, /schedule.ics) so it is generated on first
// request and then served from the shared cache until a publish expires its tags (a route at
// a fixed path would be generated at build, which has no database).
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ name: string }[]> {
  return [];
}

/** Days before and after today that the subscribed calendar carries. */
const CALENDAR_WINDOW_DAYS = 60;

async function siteRss(): Promise<Response> {
  const base = siteUrl();
  const { articles, updated } = await getSiteFeedData();
  const xml = buildRss({ title: common.siteTitle, description: seo.siteDescription, link: `${base}/`, self: `${base}${SITE_FEED_PATH}`, siteUrl: base, updated }, articles);
  return new Response(xml, { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}

async function scheduleCalendar(): Promise<Response> {
  const today = seoulDay();
  const rows = await listScheduleRange(addDays(today, -CALENDAR_WINDOW_DAYS), addDays(today, CALENDAR_WINDOW_DAYS));
  const body = buildScheduleCalendar(
    { name: seo.calendarName, description: seo.calendarDescription, siteUrl: siteUrl() },
    rows,
  );
  return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'inline; filename="schedule.ics"' } });
}

const FILES: Record<string, () => Promise<Response>> = {
  "rss.xml": siteRss,
  // A sitemap index: /sitemaps/pages.xml (home, boards, schedule) and one file per 1,000 article ids.
  "sitemap.xml": async () => xmlResponse(await sitemapIndexXml()),
  // Google News sitemap: articles published in the last two days.
  "news-sitemap.xml": async () => xmlResponse(await newsSitemapXml()),
  "schedule.ics": scheduleCalendar,
};

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const make = FILES[(await params).name];
  return make ? make() : xmlNotFound();
}

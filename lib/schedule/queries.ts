import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import type { ScheduleLine } from "../validations/schedule-entry";

// Reader-side schedule reads. Only entries of published schedule posts are shown. Days are
// "YYYY-MM-DD" calendar days of Asia/Seoul, stored in a DATE column (no time zone to drift).

export type ScheduleItem = ScheduleLine & { id: number; articleId: number };
export type SchedulePost = { id: number; title: string };
export type ScheduleDay = { date: string; entries: ScheduleItem[]; posts: SchedulePost[] };

function dayValue(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function dayKey(value: Date): string {
  return value.toISOString().slice(0, 10);
}

const itemSelect = {
  id: true,
  articleId: true,
  date: true,
  time: true,
  event: true,
  place: true,
  attendees: true,
  department: true,
  host: true,
  article: { select: { id: true, title: true } },
} as const;

/**
 * One day's entries in time order, and the post(s) they come from. A day without entries is
 * not kept in the cache (its read returns null, which is never stored): anyone can ask for any
 * of ten thousand empty days.
 */
export async function getScheduleDay(date: string): Promise<ScheduleDay> {
  const day = await cachedQuery(
    async (): Promise<ScheduleDay | null> => {
      const rows = await prisma.scheduleEntry.findMany({
        where: { date: dayValue(date), article: { status: "PUBLISHED" } },
        orderBy: [{ time: "asc" }, { articleId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
        select: itemSelect,
      });
      if (rows.length === 0) return null;
      const posts = new Map<number, SchedulePost>();
      for (const row of rows) posts.set(row.article.id, { id: row.article.id, title: row.article.title });
      return {
        date,
        entries: rows.map(({ article: _article, date: _date, ...entry }) => entry),
        posts: [...posts.values()],
      };
    },
    ["schedule:day", date],
    { tags: [tags.schedule(date)] },
  )();
  return day ?? { date, entries: [], posts: [] };
}

export type ScheduleNeighbors = { previous: string | null; next: string | null };

/**
 * The nearest days before and after `date` that have published entries. Tagged `articles`
 * as well: a post for another day, published or removed, moves these links.
 */
async function findScheduleNeighbors(date: string): Promise<ScheduleNeighbors> {
  const where = { article: { status: "PUBLISHED" as const } };
  const [previous, next] = await Promise.all([
    prisma.scheduleEntry.findFirst({ where: { ...where, date: { lt: dayValue(date) } }, orderBy: { date: "desc" }, select: { date: true } }),
    prisma.scheduleEntry.findFirst({ where: { ...where, date: { gt: dayValue(date) } }, orderBy: { date: "asc" }, select: { date: true } }),
  ]);
  return { previous: previous ? dayKey(previous.date) : null, next: next ? dayKey(next.date) : null };
}

/** Cached per day: only for days that have entries (an empty day asks the database, two index probes). */
export function getScheduleNeighbors(date: string, options: { cached: boolean } = { cached: true }): Promise<ScheduleNeighbors> {
  if (!options.cached) return findScheduleNeighbors(date);
  return cachedQuery(() => findScheduleNeighbors(date), ["schedule:neighbors", date], { tags: [tags.schedule(date), tags.articles] })();
}

export type CalendarItem = ScheduleItem & { date: string; postTitle: string; postVersion: number; postEditedAt: Date };

/** Entries from `from` to `to` (inclusive) for the iCalendar feed. */
export function listScheduleRange(from: string, to: string): Promise<CalendarItem[]> {
  return cachedQuery(
    async (): Promise<CalendarItem[]> => {
      const rows = await prisma.scheduleEntry.findMany({
        where: { date: { gte: dayValue(from), lte: dayValue(to) }, article: { status: "PUBLISHED" } },
        orderBy: [{ date: "asc" }, { time: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
        take: 5_000,
        select: { ...itemSelect, article: { select: { id: true, title: true, version: true, editedAt: true } } },
      });
      return rows.map(({ article, date, ...entry }) => ({
        ...entry,
        date: dayKey(date),
        postTitle: article.title,
        postVersion: article.version,
        postEditedAt: article.editedAt,
      }));
    },
    ["schedule:range", from, to],
    { tags: [tags.feeds, tags.articles] },
  )();
}

import { site } from "@/lib/site";

// Formatting always names the zone: the server's TZ must never leak into what readers see.
const dateTimeParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: site.timeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTimeParts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** `2024-06-21 23:50` in Asia/Seoul. */
export function formatDateTime(date: Date): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** `2024.06.21` in Asia/Seoul, as board lists show it. */
export function formatDate(date: Date): string {
  const p = parts(date);
  return `${p.year}.${p.month}.${p.day}`;
}

/** `YYYY-MM-DD` of the Asia/Seoul calendar day containing `date`. */
export function seoulDay(date: Date = new Date()): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** ISO 8601 with the +09:00 offset (Korea has no daylight saving time). */
export function isoSeoul(date: Date): string {
  const p = parts(date);
  const seconds = String(date.getUTCSeconds()).padStart(2, "0");
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${seconds}+09:00`;
}

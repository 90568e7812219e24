// XE/Rhymix rows → our article content. Pure functions: dates, slugs, the XE markup clean-up
// in front of our sanitizer, and the daily-schedule posts. The output goes through the same
// sanitizer, text and excerpt functions as the posts service, so an imported body is exactly
// what the editor would have stored for the same HTML.
import { sanitizeArticleHtml } from "../../articles/sanitize.ts";
import { escapeHtml, escapeHtmlText, htmlToText, makeExcerpt } from "../../articles/text.ts";
import { parseScheduleLine } from "../../schedule/parse.ts";
import { formatScheduleLine } from "../../schedule/format.ts";
import type { ScheduleLine } from "../../validations/schedule-entry.ts";

const KST_OFFSET_MS = 9 * 3_600_000;

/** XE's `YYYYMMDDHHMMSS` (Korean time) → an instant; null for anything that is not a real time. */
export function parseXeDate(value: string | null | undefined): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec((value ?? "").trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (year < 1990 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - KST_OFFSET_MS);
}

/** XE's `mid` (letters, digits, `_`, any case) → our board slug (`^[a-z0-9][a-z0-9-]*$`). */
export function boardSlugFromMid(mid: string): string {
  const slug = mid
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "board";
}

/** `./files/attach/images/…`, `/files/attach/…` or `http://old.site/files/attach/…` → `attach/images/…`. */
export function xeFileKey(url: string): string | null {
  let text = url.trim();
  try {
    text = decodeURI(text);
  } catch {
    // kept as written
  }
  const match = /(?:^|\/)files\/(attach\/(?:images|binaries)\/[^?#"'\s]+)/i.exec(text.replace(/^\.\//, ""));
  return match?.[1] ?? null;
}

export type ImportedImage = { imageId: number; src: string; width: number; height: number };
export type ImportedFile = { href: string };
export type FileResolver = (key: string) => ImportedImage | ImportedFile | null;

const IMG_RE = /<img\b[^>]*>/gi;
const ATTR_RE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");
const HREF_RE = /(<a\b[^>]*?\shref\s*=\s*)("([^"]*)"|'([^']*)')/gi;

function attr(tag: string, name: string): string | null {
  const m = ATTR_RE(name).exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? "") : null;
}

/**
 * XE markup → editor-like HTML, before the sanitizer: photos that were attachments become our
 * images (`data-image-id`, our URL, real size; a photo on its own line becomes a figure, as
 * our editor writes it), links to attachments point at our copies, and references to files
 * that could not be imported are dropped by the sanitizer (their `./files/…` source is not an
 * allowed URL). Editor components, styles and classes are attributes the sanitizer drops.
 */
export function rewriteXeMarkup(html: string, resolve: FileResolver): string {
  const withImages = html.replace(IMG_RE, (tag) => {
    const src = attr(tag, "src") ?? "";
    const key = xeFileKey(src);
    if (!key) return tag;
    const target = resolve(key);
    if (!target || !("imageId" in target)) return "<img>";
    const alt = attr(tag, "alt") ?? "";
    return `<img src="${escapeHtml(target.src)}" alt="${escapeHtml(alt)}" width="${target.width}" height="${target.height}" data-image-id="${target.imageId}">`;
  });
  return withImages.replace(HREF_RE, (whole, head: string, _quoted: string, dq?: string, sq?: string) => {
    const key = xeFileKey(dq ?? sq ?? "");
    if (!key) return whole;
    const target = resolve(key);
    if (!target) return whole;
    const href = "imageId" in target ? target.src : target.href;
    return `${head}"${escapeHtml(href)}"`;
  });
}

const EMPTY_PARAGRAPH_RE = /<p>(?:\s|&nbsp;|\u00a0|<br \/>)*<\/p>/g;
const LONE_IMAGE_PARAGRAPH_RE = /<p>\s*(<img\b[^>]*data-image-id="\d+"[^>]*\/?>)\s*<\/p>/g;

/** The stored body of an imported XE post: rewritten, sanitized, without XE's spacer paragraphs. */
export function cleanXeBody(html: string, resolve: FileResolver): string {
  const sanitized = sanitizeArticleHtml(rewriteXeMarkup(html, resolve));
  // XE's editor spaces paragraphs with <p>&nbsp;</p>; our pages space them with CSS.
  const cleaned = sanitized.replace(EMPTY_PARAGRAPH_RE, "").replace(LONE_IMAGE_PARAGRAPH_RE, "<figure>$1</figure>").trim();
  // Once more through the sanitizer: what is stored must be its fixed point, as an editor save would be.
  return sanitizeArticleHtml(cleaned);
}

export type ArticleText = { bodyText: string; excerpt: string };

export function articleText(body: string): ArticleText {
  const bodyText = htmlToText(body);
  return { bodyText, excerpt: makeExcerpt(bodyText, 200) };
}

/** A post's title as our editor keeps it: plain text, one line, at most 300 characters. */
export function cleanTitle(raw: string): string {
  const text = htmlToText(raw.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
  return Array.from(text).slice(0, 300).join("");
}

const SCHEDULE_TITLE_RE = /^\s*\[\s*(.*?)\s*오늘의\s*주요\s*일정\s*\]\s*[-–—:]?\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/;

/**
 * The day of a daily-schedule post from its title (`[남원시 오늘의 주요일정] - 2월 19일 수요일`);
 * the year is the one that puts the day nearest to when the post was written.
 */
export function scheduleDayFromTitle(title: string, writtenAt: Date): string | null {
  const match = SCHEDULE_TITLE_RE.exec(title);
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const written = new Date(writtenAt.getTime() + KST_OFFSET_MS);
  let best: { key: string; distance: number } | null = null;
  for (const year of [written.getUTCFullYear() - 1, written.getUTCFullYear(), written.getUTCFullYear() + 1]) {
    const candidate = new Date(Date.UTC(year, month - 1, day));
    if (candidate.getUTCMonth() !== month - 1 || candidate.getUTCDate() !== day) continue;
    const distance = Math.abs(candidate.getTime() - written.getTime());
    if (!best || distance < best.distance) best = { key: candidate.toISOString().slice(0, 10), distance };
  }
  return best?.key ?? null;
}

export type ImportedSchedule = {
  date: string;
  entries: ScheduleLine[];
  /** The stored body: parsed lines as the editor formats them, other lines kept as text. */
  body: string;
  /** Lines that look like items (a bullet or a time first) but did not parse. */
  rejected: Array<{ text: string; reason: string }>;
};

const ITEM_LIKE_RE = /^\s*(?:[▲△■□◆◇●▶►○◎•·*-]|\d{1,2}\s*[:시])/;

/**
 * A daily-schedule post's lines → structured entries with the editor's own parser. Lines it
 * refuses stay in the body as text (nothing a reader saw is lost) and are reported.
 */
export function importSchedule(date: string, html: string): ImportedSchedule {
  const lines = htmlToText(sanitizeArticleHtml(html)).split("\n");
  const entries: ScheduleLine[] = [];
  const rejected: ImportedSchedule["rejected"] = [];
  const paragraphs: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const parsed = parseScheduleLine(line);
    if (parsed.ok) {
      entries.push(parsed.entry);
      paragraphs.push(`<p>${escapeHtmlText(formatScheduleLine(parsed.entry))}</p>`);
    } else {
      if (ITEM_LIKE_RE.test(line)) rejected.push({ text: line, reason: parsed.reason });
      paragraphs.push(`<p>${escapeHtmlText(line)}</p>`);
    }
  }
  return { date, entries, body: sanitizeArticleHtml(paragraphs.join("")), rejected };
}

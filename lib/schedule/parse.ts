import { SCHEDULE_FIELDS, SCHEDULE_LIMITS, scheduleEntrySchema, type ScheduleLine } from "../validations/schedule-entry";
import { scheduleMessages as m } from "./messages";
import {
  cleanText,
  isTimeEventSeparator,
  ITEM_BULLET_RE,
  ITEM_START_RE,
  readTime,
  splitFields,
  stripLeadingBullets,
} from "./normalize";

export type ParseScheduleLineResult = { ok: true; entry: ScheduleLine } | { ok: false; reason: string };

export type ScheduleParseError = {
  /** 1-based line of the pasted text; several items on one line share it. */
  line: number;
  /** The item as pasted (trimmed). */
  text: string;
  reason: string;
};

export type ParseScheduleTextResult = { entries: ScheduleLine[]; errors: ScheduleParseError[] };

const fail = (reason: string): ParseScheduleLineResult => ({ ok: false, reason });

/**
 * Parses one item, e.g. `▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장`.
 * Bullet optional; the time is required and must be followed by a dash or tilde.
 * All-day items (`종일`) are rejected: entries are ordered and stored by start time.
 */
export function parseScheduleLine(line: string): ParseScheduleLineResult {
  const text = cleanText(line);
  if (text === "") return fail(m.emptyLine);
  if (text.length > SCHEDULE_LIMITS.line) return fail(m.lineTooLong(text.length, SCHEDULE_LIMITS.line));

  const body = stripLeadingBullets(text);
  if (ITEM_BULLET_RE.test(body)) return fail(m.multipleItems);

  const time = readTime(body);
  if (time.kind === "none") return fail(m.noTime);
  if (time.kind === "allDay") return fail(m.allDay);
  if (time.kind === "invalid") return fail(m.invalidTime(time.raw));

  let position = time.end;
  if (body[position] === " ") position += 1;
  if (position === body.length) return fail(m.emptyEvent);
  if (!isTimeEventSeparator(body[position])) return fail(m.noSeparator);
  position += 1;
  if (body[position] === " ") position += 1;

  const rest = body.slice(position);
  const secondTime = readTime(rest);
  if (secondTime.kind === "ok") return fail(m.timeRange(body.slice(0, position + secondTime.end)));

  const fields = splitFields(rest);
  while (fields.length > 0 && fields[fields.length - 1] === "") fields.pop();
  if (fields.length === 0 || fields[0] === "") return fail(m.emptyEvent);
  if (fields.length > SCHEDULE_FIELDS.length) {
    return fail(m.tooManyFields(fields.length, SCHEDULE_FIELDS.length));
  }

  const [event = "", place, attendees, department, host] = fields;
  const parsed = scheduleEntrySchema.safeParse({ time: time.value, event, place, attendees, department, host });
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? m.noTime);
  return { ok: true, entry: parsed.data };
}

/**
 * Parses a pasted schedule: one item per line, or several `▲` items run together on
 * one line. Blank lines are skipped; every item that fails is reported with its line.
 */
export function parseScheduleText(text: string): ParseScheduleTextResult {
  const entries: ScheduleLine[] = [];
  const errors: ScheduleParseError[] = [];
  text.split(/\r\n|[\n\r\u0085\u2028\u2029]/).forEach((line, index) => {
    for (const item of line.split(ITEM_START_RE)) {
      if (cleanText(item) === "") continue;
      const result = parseScheduleLine(item);
      if (result.ok) entries.push(result.entry);
      else errors.push({ line: index + 1, text: item.trim(), reason: result.reason });
    }
  });
  return { entries, errors };
}

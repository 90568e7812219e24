import { z } from "./zod";

import { formatScheduleLine } from "../schedule/format";
import { scheduleMessages as m } from "../schedule/messages";
import { cleanText, fieldProblem, readTime } from "../schedule/normalize";

/** One item of a day's schedule: `▲ 08:30 - event, place, attendees, department, host`. */
export type ScheduleLine = {
  /** "HH:MM", 00:00–23:59 */
  time: string;
  event: string;
  place: string | null;
  /** Kept as written: `9명`, `10여명`, `00명`. */
  attendees: string | null;
  department: string | null;
  host: string | null;
};

export type ScheduleField = Exclude<keyof ScheduleLine, "time">;

export const SCHEDULE_FIELDS = [
  "event",
  "place",
  "attendees",
  "department",
  "host",
] as const satisfies readonly ScheduleField[];

export const SCHEDULE_LIMITS = {
  event: 300,
  place: 200,
  attendees: 100,
  department: 100,
  host: 100,
  /** A whole formatted line, as the paste parser enforces it. */
  line: 500,
} as const;

const timeSchema = z.string({ error: m.timeRequired }).transform((value, ctx) => {
  const text = cleanText(value);
  if (text === "") {
    ctx.addIssue({ code: "custom", message: m.timeRequired });
    return z.NEVER;
  }
  const read = readTime(text);
  if (read.kind === "ok" && read.end === text.length) return read.value;
  ctx.addIssue({ code: "custom", message: read.kind === "allDay" ? m.allDay : m.invalidTime(text) });
  return z.NEVER;
});

function fieldText(field: ScheduleField) {
  const label = m.fieldLabels[field];
  return z
    .string()
    .max(SCHEDULE_LIMITS[field], m.fieldTooLong(label, SCHEDULE_LIMITS[field]))
    .superRefine((value, ctx) => {
      const problem = fieldProblem(value);
      if (problem === "separator") ctx.addIssue({ code: "custom", message: m.separatorInField(label) });
      else if (problem === "unclosed") ctx.addIssue({ code: "custom", message: m.unclosedBracket(label) });
      else if (problem) ctx.addIssue({ code: "custom", message: m.bulletInField(label, problem.bullet) });
    });
}

const eventSchema = z
  .string({ error: m.emptyEvent })
  .transform(cleanText)
  .pipe(
    fieldText("event")
      .min(1, m.emptyEvent)
      .refine((value) => readTime(value).kind !== "ok", m.eventStartsWithTime),
  );

/** Optional fields: missing, null, or blank after trimming all become null. */
function optionalField(field: Exclude<ScheduleField, "event">) {
  return z
    .string()
    .nullish()
    .transform((value) => cleanText(value ?? ""))
    .pipe(fieldText(field))
    .transform((value) => (value === "" ? null : value));
}

/**
 * One schedule entry, shared by the editor form, the server and the paste parser.
 * Trims and collapses whitespace, normalizes the time to "HH:MM", and refuses any
 * value that would not read back the same from its `▲` line (commas outside
 * brackets, unclosed brackets, item bullets, lines over 500 characters).
 */
export const scheduleEntrySchema = z
  .object({
    time: timeSchema,
    event: eventSchema,
    place: optionalField("place"),
    attendees: optionalField("attendees"),
    department: optionalField("department"),
    host: optionalField("host"),
  })
  .superRefine((entry, ctx) => {
    const length = formatScheduleLine(entry).length;
    if (length > SCHEDULE_LIMITS.line) {
      ctx.addIssue({ code: "custom", message: m.lineTooLong(length, SCHEDULE_LIMITS.line) });
    }
  });

export type ScheduleEntryInput = z.input<typeof scheduleEntrySchema>;

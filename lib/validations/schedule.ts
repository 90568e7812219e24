// The daily schedule form's schema (date + rows), shared by the rows form and the server.
import { z } from "zod";
import { scheduleEntrySchema } from "@/lib/schedule/entry-schema";
import { editor } from "@/lib/strings/editor";
import { ARTICLE_INTENTS, articleFormSchema } from "@/lib/validations/article";

const scheduleText = editor.schedule;
export const SCHEDULE_MAX_ROWS = 100;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD`. */
export function isDateKey(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

export const scheduleFormSchema = z
  .object({
    date: z.string().refine(isDateKey, scheduleText.dateInvalid),
    boardId: articleFormSchema.shape.boardId,
    entries: z.array(scheduleEntrySchema).min(1, scheduleText.noRows).max(SCHEDULE_MAX_ROWS),
    intent: z.enum(ARTICLE_INTENTS, { error: editor.errors.unknownIntent }).default("save"),
    scheduledAt: z.string().optional(),
    version: articleFormSchema.shape.version,
  })
  .superRefine((value, ctx) => {
    if (value.intent !== "schedule") return;
    // Same rule as articles: reuse the article schema's check on the time alone.
    const check = articleFormSchema.safeParse({ title: "x", boardId: value.boardId, body: "<p>x</p>", intent: "schedule", scheduledAt: value.scheduledAt });
    if (!check.success) for (const issue of check.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });

export type ScheduleFormInput = z.input<typeof scheduleFormSchema>;

/**
 * Field errors keyed by path: `date`, `entries` (the list as a whole) and `entries.3.time`
 * (row 4's time), so each message can sit next to its own input.
 */
export function scheduleFieldErrorsOf(error: z.ZodError): Partial<Record<string, string[]>> {
  const out: Partial<Record<string, string[]>> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

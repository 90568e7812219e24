// The daily schedule form's schema (date + rows), shared by the rows form and the server.
import { z } from "@/lib/validations/zod";
import type { FieldErrors } from "@/lib/actions/action-state";
import { scheduleEntrySchema, type ScheduleLine } from "@/lib/validations/schedule-entry";
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
    // The list as a whole; each row is checked on its own (parseScheduleForm), so its messages
    // are keyed by row and field rather than gathered under "entries".
    entries: z.array(z.unknown()).min(1, scheduleText.noRows).max(SCHEDULE_MAX_ROWS),
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
export type ScheduleFormValues = Omit<z.output<typeof scheduleFormSchema>, "entries"> & { entries: ScheduleLine[] };

/**
 * The rows form, checked: the form's own fields (`date`, `entries` for the list as a whole) and
 * each row's (`entries.3.time` is row 4's time), every one flattened by z.flattenError, so each
 * message can sit next to its own input.
 */
export function parseScheduleForm(input: Record<string, unknown>): { success: true; data: ScheduleFormValues } | { success: false; fieldErrors: FieldErrors } {
  const form = scheduleFormSchema.safeParse(input);
  const rows = (Array.isArray(input.entries) ? input.entries : []).map((row) => scheduleEntrySchema.safeParse(row));
  const fieldErrors: FieldErrors = form.success ? {} : { ...z.flattenError(form.error).fieldErrors };
  const entries: ScheduleLine[] = [];
  rows.forEach((row, index) => {
    if (row.success) {
      entries.push(row.data);
      return;
    }
    const flat = z.flattenError(row.error);
    for (const [field, messages] of Object.entries(flat.fieldErrors)) fieldErrors[`entries.${index}.${field}`] = messages;
    if (flat.formErrors.length > 0) fieldErrors[`entries.${index}`] = flat.formErrors;
  });
  if (!form.success || entries.length !== rows.length) return { success: false, fieldErrors };
  return { success: true, data: { ...form.data, entries } };
}

// The article form's schema, which the server actions check every save and publish against.
import { z } from "@/lib/validations/zod";
import { htmlToText } from "@/lib/articles/text";
import { editor } from "@/lib/strings/editor";

const editorErrors = editor.errors;

export const TITLE_MAX = 200;
/** Sanitized HTML can grow a little; this bounds a request, not an article. */
export const BODY_MAX = 400_000;

export const ARTICLE_INTENTS = ["save", "submit", "publish", "schedule"] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const LOCAL_DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `2026-11-28T09:30` from a datetime-local input, read as Asia/Seoul wall time (the newsroom's
 * clock, whatever the browser's or server's zone). Null when malformed or not a real time.
 */
export function parseSeoulDateTime(value: string): Date | null {
  const m = LOCAL_DATETIME_RE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc - SEOUL_OFFSET_MS);
}

/** The datetime-local value (`YYYY-MM-DDTHH:mm`, Asia/Seoul) of a moment. */
export function toSeoulDateTimeInput(date: Date): string {
  return new Date(date.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 16);
}

/** Plain-text title: invisible/control characters out, whitespace collapsed, trimmed. */
export function normalizeTitle(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export const titleSchema = z
  .string({ error: editorErrors.titleRequired })
  .transform(normalizeTitle)
  .pipe(z.string().min(1, editorErrors.titleRequired).max(TITLE_MAX, editorErrors.titleTooLong(TITLE_MAX)));

const idSchema = (message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), z.number({ error: message }).int(message).positive(message));

export const articleFormSchema = z
  .object({
    title: titleSchema,
    boardId: idSchema(editorErrors.boardRequired),
    body: z.string().max(BODY_MAX, editorErrors.bodyTooLong).default(""),
    intent: z.enum(ARTICLE_INTENTS, { error: editorErrors.unknownIntent }).default("save"),
    scheduledAt: z.string().optional(),
    /** The version the form was loaded from; absent for a new article. */
    version: z.preprocess((v) => (v === "" || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
  })
  .superRefine((value, ctx) => {
    const needsBody = value.intent === "publish" || value.intent === "schedule" || value.intent === "submit";
    if (needsBody && htmlToText(value.body).trim() === "" && !/<img\s/i.test(value.body)) {
      ctx.addIssue({ code: "custom", path: ["body"], message: editorErrors.bodyRequired });
    }
    if (value.intent === "schedule") {
      const raw = value.scheduledAt?.trim() ?? "";
      if (raw === "") {
        ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: editorErrors.scheduleRequired });
        return;
      }
      const at = parseSeoulDateTime(raw);
      if (!at) ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: editorErrors.scheduleInvalid });
      else if (at.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: editorErrors.schedulePast });
      else if (at.getTime() > Date.now() + 366 * 24 * 3600 * 1000) {
        ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: editorErrors.scheduleTooFar });
      }
    }
  });

export type ArticleFormInput = z.input<typeof articleFormSchema>;
export type ArticleFormValues = z.output<typeof articleFormSchema>;

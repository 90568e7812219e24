// The board form's schema (boards admin), shared by the form and the server actions.
import { z } from "zod";
import { editor } from "@/lib/strings/editor";

const e = editor.boards.errors;

export const BOARD_SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export const boardFormSchema = z.object({
  name: z
    .string({ error: e.nameRequired })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, e.nameRequired).max(100, e.nameTooLong)),
  slug: z
    .string({ error: e.slugInvalid })
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.string().min(2, e.slugInvalid).max(64, e.slugInvalid).regex(BOARD_SLUG_RE, e.slugInvalid)),
  description: z.string().max(500, e.descriptionTooLong).default("").transform((v) => v.trim()),
  pageSize: z.coerce.number({ error: e.pageSize }).int(e.pageSize).min(5, e.pageSize).max(100, e.pageSize),
  kind: z.enum(["NEWS", "SCHEDULE", "NOTICE"]).default("NEWS"),
});

export type BoardFormValues = z.output<typeof boardFormSchema>;

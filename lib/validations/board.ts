// The board form's schema (boards admin), shared by the form and the server actions.
import { z } from "@/lib/validations/zod";
import { editor } from "@/lib/strings/editor";

const boardsErrors = editor.boards.errors;

export const BOARD_SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export const boardFormSchema = z.object({
  name: z
    .string({ error: boardsErrors.nameRequired })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, boardsErrors.nameRequired).max(100, boardsErrors.nameTooLong)),
  slug: z
    .string({ error: boardsErrors.slugInvalid })
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.string().min(2, boardsErrors.slugInvalid).max(64, boardsErrors.slugInvalid).regex(BOARD_SLUG_RE, boardsErrors.slugInvalid)),
  description: z.string().max(500, boardsErrors.descriptionTooLong).default("").transform((v) => v.trim()),
  pageSize: z.coerce.number({ error: boardsErrors.pageSize }).int(boardsErrors.pageSize).min(5, boardsErrors.pageSize).max(100, boardsErrors.pageSize),
  kind: z.enum(["NEWS", "SCHEDULE", "NOTICE"]).default("NEWS"),
});

export type BoardFormValues = z.output<typeof boardFormSchema>;

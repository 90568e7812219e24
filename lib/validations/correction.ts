// The correction form's schema (article edit page), shared by the form and its server action.
import { z } from "zod";
import { editor } from "@/lib/strings/editor";

const e = editor.corrections.errors;
export const CORRECTION_KINDS = ["CORRECTION", "REBUTTAL"] as const;
export const CORRECTION_TEXT_MAX = 1000;

export const correctionSchema = z.object({
  kind: z.enum(CORRECTION_KINDS, { error: e.kind }),
  text: z
    .string({ error: e.textRequired })
    // The mark is printed from the kind: one typed by hand would show twice.
    .transform((v) => v.replace(/\s+/g, " ").trim().replace(/^\[(?:정정|반론)\]\s*/, ""))
    .pipe(z.string().min(1, e.textRequired).max(CORRECTION_TEXT_MAX, e.textTooLong)),
});

export type CorrectionValues = z.output<typeof correctionSchema>;

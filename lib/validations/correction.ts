// The correction form's schema (article edit page), shared by the form and its server action.
import { z } from "@/lib/validations/zod";
import { editor } from "@/lib/strings/editor";
import { reader } from "@/lib/strings/reader";
import { CORRECTION_KINDS, CORRECTION_TEXT_MAX } from "@/lib/validations/limits";

const correctionsErrors = editor.corrections.errors;

// "[정정] " or "[반론] " typed at the start by hand.
const TYPED_MARK_RE = new RegExp(`^(?:${Object.values(reader.correctionMark).map((mark) => mark.replace(/[[\]]/g, "\\$&")).join("|")})\\s*`);

export const correctionSchema = z.object({
  kind: z.enum(CORRECTION_KINDS, { error: correctionsErrors.kind }),
  text: z
    .string({ error: correctionsErrors.textRequired })
    // The mark is printed from the kind: one typed by hand would show twice.
    .transform((v) => v.replace(/\s+/g, " ").trim().replace(TYPED_MARK_RE, ""))
    .pipe(z.string().min(1, correctionsErrors.textRequired).max(CORRECTION_TEXT_MAX, correctionsErrors.textTooLong)),
});

export type CorrectionValues = z.output<typeof correctionSchema>;

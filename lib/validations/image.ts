// The text fields of a photo upload: alt text is required (readers who can't see the photo
// hear it), the caption is optional.
import { z } from "@/lib/validations/zod";
import { editor } from "@/lib/strings/editor";

const imageText = editor.image;
const clean = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();

export const imageUploadSchema = z.object({
  alt: z.string({ error: imageText.altRequired }).transform(clean).pipe(z.string().min(1, imageText.altRequired).max(300, imageText.altTooLong)),
  caption: z
    .string()
    .optional()
    .transform((value) => clean(value ?? ""))
    .pipe(z.string().max(500, imageText.captionTooLong))
    .transform((value) => (value === "" ? null : value)),
});

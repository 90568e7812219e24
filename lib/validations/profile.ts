// The reporter profile form's schema (account page), shared by the form and its server action.
import { z } from "@/lib/validations/zod";
import { auth } from "@/lib/strings/auth";
import { BIO_MAX } from "@/lib/validations/limits";

const profileErrors = auth.profile.errors;

export const profileSchema = z.object({
  displayName: z
    .string({ error: profileErrors.nameRequired })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, profileErrors.nameRequired).max(50, profileErrors.nameTooLong)),
  /** Empty = no public address. */
  email: z
    .string()
    .trim()
    .default("")
    .pipe(z.union([z.literal(""), z.email(profileErrors.email).max(254, profileErrors.email)]))
    .transform((v) => (v === "" ? null : v)),
  bio: z
    .string()
    .default("")
    .transform((v) => v.replace(/\r\n?/g, "\n").replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim())
    .pipe(z.string().max(BIO_MAX, profileErrors.bioTooLong)),
  /** A photo just uploaded through /api/uploads; absent = keep the current one. */
  photoId: z.preprocess((v) => (v === "" || v == null ? undefined : Number(v)), z.number().int().positive(profileErrors.photoNotFound).optional()),
  removePhoto: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

export type ProfileValues = z.output<typeof profileSchema>;

"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizeForm } from "@/lib/auth/permissions";
import { updateReporterProfile } from "@/lib/reporters/profile";
import { auth as authText } from "@/lib/strings/auth";
import { profileSchema } from "@/lib/validations/profile";
import type { ProfileFormState } from "@/components/auth/profile-form-state";

// 기자 소개: every signed-in member edits their own profile only (the id is the session's).
export async function updateProfileAction(_prev: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  if (!(formData instanceof FormData)) return { message: authText.errors.malformed };
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const values = { displayName: text("displayName"), email: text("email"), bio: text("bio") };
  const authorized = await authorizeForm("session.manageOwn");
  if (!authorized.ok) return { message: authorized.message, values };
  const parsed = profileSchema.safeParse({ ...values, photoId: text("photoId"), removePhoto: text("removePhoto") });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  const result = await updateReporterProfile(authorized.user.id, parsed.data);
  if (!result.ok) return { errors: { photo: [authText.profile.errors.photoNotFound] }, values };
  // The page shows the current photo.
  revalidatePath("/editor/account");
  return { ok: true, message: authText.profile.saved, values: { displayName: parsed.data.displayName, email: parsed.data.email ?? "", bio: parsed.data.bio } };
}

"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { authorizeAction, textField } from "@/lib/actions/authorize-action";
import { updateReporterProfile } from "@/lib/reporters/profile";
import { auth as authText } from "@/lib/strings/auth";
import { profileSchema } from "@/lib/validations/profile";

type ProfileValues = { displayName: string; email: string; bio: string };
const profileText = (formData: FormData): ProfileValues => ({ displayName: textField(formData, "displayName"), email: textField(formData, "email"), bio: textField(formData, "bio") });

// 기자 소개: every signed-in member edits their own profile only (the id is the session's).
export async function updateProfileAction(_prev: ActionState<ProfileValues>, formData: FormData): Promise<ActionState<ProfileValues>> {
  return authorizeAction(
    "session.manageOwn",
    formData,
    async (user, form) => {
      const values = profileText(form);
      const parsed = profileSchema.safeParse({ ...values, photoId: textField(form, "photoId"), removePhoto: textField(form, "removePhoto") });
      if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
      const result = await updateReporterProfile(user.id, parsed.data);
      if (!result.ok) return { fieldErrors: { photo: [authText.profile.errors.photoNotFound] }, values };
      // The page shows the current photo.
      revalidatePath("/editor/account");
      return { ok: true, message: authText.profile.saved, values: { displayName: parsed.data.displayName, email: parsed.data.email ?? "", bio: parsed.data.bio } };
    },
    profileText,
  );
}

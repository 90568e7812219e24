"use client";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { updateProfileAction } from "@/app/(editor)/editor/account/actions";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { auth } from "@/lib/strings/auth";
import { BIO_MAX } from "@/lib/validations/limits";

const profileText = auth.profile;
const PHOTO_TYPES = "image/jpeg,image/png,image/webp,image/avif,image/gif";

type Props = {
  initial: { displayName: string; email: string; bio: string; photo: { id: number; src: string } | null };
};

/** The photo goes through the editor's upload endpoint (checked, resized, stored) first; the
 * action then only links the uploaded image. Without JavaScript the text fields still save. */
export function ProfileForm({ initial }: Props) {
  const [state, formAction, pending] = useActionState(updateProfileAction, {});
  const [, startTransition] = useTransition();
  const scripted = useHydrated();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const photoErrors = uploadError ? [uploadError] : errors.photo;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("photo");
    data.delete("photo");
    setUploadError(null);
    if (file instanceof File && file.size > 0) {
      setUploading(true);
      const uploaded = await uploadPhoto(file, profileText.photoAlt(String(data.get("displayName") ?? "").trim() || initial.displayName));
      setUploading(false);
      if ("error" in uploaded) {
        setUploadError(uploaded.error);
        return;
      }
      data.set("photoId", String(uploaded.id));
    }
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <p role="status" className={state.message ? (state.ok ? "text-green-800" : "text-red-700") : "sr-only"}>
        {uploading ? profileText.uploading : (state.message ?? "")}
      </p>
      <Field id="profile-name" name="displayName" label={profileText.name} help={profileText.nameHelp} defaultValue={values.displayName} required maxLength={50} autoComplete="name" errors={errors.displayName} />
      <Field id="profile-email" name="email" type="email" label={profileText.email} help={profileText.emailHelp} defaultValue={values.email} maxLength={254} autoComplete="email" errors={errors.email} />
      <Field id="profile-bio" label={profileText.bio} help={profileText.bioHelp} errors={errors.bio}>
        {(control) => <textarea {...control} name="bio" rows={4} maxLength={BIO_MAX} defaultValue={values.bio} className={CONTROL_CLASS} />}
      </Field>
      {initial.photo && <CurrentPhoto src={initial.photo.src} />}
      {scripted && (
        <Field id="profile-photo" label={profileText.photo} help={profileText.photoHelp} errors={photoErrors}>
          {(control) => <input {...control} name="photo" type="file" accept={PHOTO_TYPES} className="mt-1 block text-sm" />}
        </Field>
      )}
      <button type="submit" disabled={pending || uploading} className="rounded bg-gray-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending || uploading ? profileText.saving : profileText.save}
      </button>
    </form>
  );
}

/** Through the editor's upload endpoint (checked, resized, stored): the image's id, or why not. */
async function uploadPhoto(file: File, alt: string): Promise<{ id: number } | { error: string }> {
  try {
    const upload = new FormData();
    upload.set("file", file);
    upload.set("alt", alt);
    const response = await fetch("/api/uploads", { method: "POST", body: upload });
    const body = (await response.json().catch(() => ({}))) as { image?: { id: number }; error?: string };
    return response.ok && body.image ? { id: body.image.id } : { error: body.error ?? profileText.errors.photoUpload };
  } catch {
    return { error: profileText.errors.photoUpload };
  }
}

function CurrentPhoto({ src }: { src: string }) {
  return (
    <div className="flex items-center gap-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- a stored variant, already sized */}
      <img src={src} alt={profileText.currentPhoto} width={80} height={80} className="h-20 w-20 rounded object-cover" />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="removePhoto" />
        {profileText.removePhoto}
      </label>
    </div>
  );
}

import "server-only";
import { prisma } from "@/lib/db";
import { IMAGE_SELECT, toPictureView } from "@/lib/articles/queries";
import { recordAudit } from "@/lib/audit";
import { expireAfterCommit, reporterChangeTags } from "@/lib/cache/invalidate";
import type { ProfileValues } from "@/lib/validations/profile";

// A newsroom member's own reporter profile: the byline name, public email, bio and photo.
// Written in one transaction with its audit entry; then their page and bylines are expired.

export type ProfileForEdit = {
  displayName: string;
  email: string;
  bio: string;
  photo: { id: number; src: string } | null;
  /** Whether /reporter/{id} exists yet (it lists published articles). */
  hasPage: boolean;
};
export type ProfileResult = { ok: true } | { ok: false; reason: "photoNotFound" };

export async function getProfileForEdit(userId: number): Promise<ProfileForEdit> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      displayName: true,
      profile: { select: { email: true, bio: true, photo: { select: IMAGE_SELECT } } },
    },
  });
  const photo = user.profile?.photo;
  const published = await prisma.article.findFirst({ where: { authorId: userId, status: "PUBLISHED" }, select: { id: true } });
  return {
    hasPage: published !== null,
    displayName: user.displayName,
    email: user.profile?.email ?? "",
    bio: user.profile?.bio ?? "",
    photo: photo ? { id: photo.id, src: toPictureView(photo).src } : null,
  };
}

export async function updateReporterProfile(userId: number, values: ProfileValues): Promise<ProfileResult> {
  const result = await prisma.$transaction(async (tx): Promise<ProfileResult> => {
    const current = await tx.reporterProfile.findUnique({ where: { userId }, select: { photoId: true } });
    let photoId = values.removePhoto ? null : (current?.photoId ?? null);
    if (values.photoId !== undefined && !values.removePhoto) {
      // Only a photo this user uploaded: the id comes from the browser.
      const image = await tx.image.findFirst({ where: { id: values.photoId, uploaderId: userId }, select: { id: true } });
      if (!image) return { ok: false, reason: "photoNotFound" };
      photoId = image.id;
    }
    await tx.user.update({ where: { id: userId }, data: { displayName: values.displayName } });
    const profile = { email: values.email, bio: values.bio, photoId };
    await tx.reporterProfile.upsert({ where: { userId }, create: { userId, ...profile }, update: profile });
    await recordAudit(tx, { actorId: userId, action: "user.profile", targetType: "user", targetId: userId, detail: { displayName: values.displayName, email: values.email, photoId } });
    return { ok: true };
  });
  if (result.ok) expireAfterCommit(reporterChangeTags(userId));
  return result;
}

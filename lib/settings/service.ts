import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { expireTags, siteSettingsChangeTags } from "@/lib/cache/invalidate";
import type { SiteSettingsValues } from "@/lib/validations/settings";

// Writes of the site settings: the one row, its audit entry in the same transaction, then the
// footer of every page expired (tag `site-settings`).

type Actor = Pick<SessionUser, "id" | "role">;
export type SettingsResult = { ok: true } | { ok: false; reason: "forbidden" };

let afterCommitHook: ((tags: string[]) => void) | null = null;

/** Tests replace how invalidation happens (revalidateTag needs a request). */
export function setSettingsInvalidator(hook: ((tags: string[]) => void) | null): void {
  afterCommitHook = hook;
}

export async function saveSiteSettings(actor: Actor, values: SiteSettingsValues): Promise<SettingsResult> {
  if (!can(actor, "settings.manage")) return { ok: false, reason: "forbidden" };
  const data = { ...values, registrationDate: new Date(`${values.registrationDate}T00:00:00.000Z`), updatedById: actor.id };
  await prisma.$transaction(async (tx) => {
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await recordAudit(tx, { actorId: actor.id, action: "settings.update", targetType: "settings", targetId: 1, detail: { ...values } });
  });
  try {
    (afterCommitHook ?? expireTags)(siteSettingsChangeTags());
  } catch (error) {
    // Saved; the footer catches up when the cached pages expire on their own.
    console.error("settings invalidation failed", error);
  }
  return { ok: true };
}

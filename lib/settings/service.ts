import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { expireAfterCommit, siteSettingsChangeTags } from "@/lib/cache/invalidate";
import type { SiteSettingsValues } from "@/lib/validations/settings";

// Writes of the site settings: the one row, its audit entry in the same transaction, then the
// footer of every page expired (tag `site-settings`).

type Actor = Pick<SessionUser, "id" | "role">;
export type SettingsResult = { ok: true } | { ok: false; reason: "forbidden" };

export async function saveSiteSettings(actor: Actor, values: SiteSettingsValues): Promise<SettingsResult> {
  if (!can(actor, "settings.manage")) return { ok: false, reason: "forbidden" };
  const data = { ...values, registrationDate: new Date(`${values.registrationDate}T00:00:00.000Z`), updatedById: actor.id };
  await prisma.$transaction(async (tx) => {
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await recordAudit(tx, { actorId: actor.id, action: "settings.update", targetType: "settings", targetId: 1, detail: { ...values } });
  });
  expireAfterCommit(siteSettingsChangeTags());
  return { ok: true };
}

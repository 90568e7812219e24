import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import type { SiteSettingsValues } from "@/lib/validations/settings";

// The site settings as readers' pages see them: cached under `site-settings`, which saving the
// settings page expires (the footer of every page depends on it).

export type SiteSettings = SiteSettingsValues;

type Row = Omit<SiteSettings, "registrationDate"> & { registrationDate: Date };

function toValues(row: Row): SiteSettings {
  return {
    publisherName: row.publisherName,
    registrationNumber: row.registrationNumber,
    // A DATE column comes back as UTC midnight of that calendar day.
    registrationDate: row.registrationDate.toISOString().slice(0, 10),
    publisher: row.publisher,
    editor: row.editor,
    youthProtectionOfficer: row.youthProtectionOfficer,
    address: row.address,
    phone: row.phone,
    email: row.email,
    indexNowKey: row.indexNowKey,
  };
}

const cachedSettings = cachedQuery(
  async (): Promise<SiteSettings | null> => {
    const row = await prisma.siteSettings.findUnique({ where: { id: 1 } });
    if (!row) return null;
    return toValues(row);
  },
  ["reader:site-settings"],
  { tags: [tags.siteSettings] },
);

/** The imprint, or null before an admin first saves the settings. */
export async function getSiteSettings(): Promise<SiteSettings | null> {
  return cachedSettings();
}

export type SiteSettingsForEdit = { values: SiteSettings | null; updatedAt: Date | null; updatedBy: string | null };

/** For the settings page: uncached, with who saved it last. */
export async function getSiteSettingsForEdit(): Promise<SiteSettingsForEdit> {
  const row = await prisma.siteSettings.findUnique({ where: { id: 1 }, include: { updatedBy: { select: { displayName: true } } } });
  if (!row) return { values: null, updatedAt: null, updatedBy: null };
  return {
    values: toValues(row),
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.displayName ?? null,
  };
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsForm } from "@/components/settings/settings-form";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getSiteSettingsForEdit } from "@/lib/settings/queries";
import { settingsPage as settingsPageText } from "@/lib/strings/settings";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: settingsPageText.title, robots: { index: false, follow: false } };

// Admins only: the newspaper-law imprint every page's footer shows.
export default async function SettingsPage() {
  const user = await requireUser("/editor/settings");
  if (!can(user, "settings.manage")) notFound();
  const current = await getSiteSettingsForEdit();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{settingsPageText.title}</h1>
      <p className="max-w-2xl text-gray-700">{settingsPageText.intro}</p>
      {current.values === null ? (
        <p className="max-w-2xl rounded border border-amber-300 bg-amber-50 p-3">{settingsPageText.notSet}</p>
      ) : (
        current.updatedAt && <p className="text-sm text-gray-700">{settingsPageText.lastSaved(formatDateTime(current.updatedAt), current.updatedBy ?? "-")}</p>
      )}
      <SettingsForm initial={current.values ?? {}} />
    </div>
  );
}

"use server";
import { z } from "zod";
import { authorizeForm } from "@/lib/auth/permissions";
import { saveSiteSettings } from "@/lib/settings/service";
import { settingsPage } from "@/lib/strings/settings";
import { auth } from "@/lib/strings/auth";
import { SITE_SETTINGS_FIELDS, siteSettingsSchema } from "@/lib/validations/settings";
import type { SettingsFormState } from "@/components/settings/settings-form-state";

// 사이트 설정: admin only, checked here (a server action is a public endpoint).
export async function saveSiteSettingsAction(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  if (!(formData instanceof FormData)) return { message: auth.errors.malformed };
  const values = Object.fromEntries(SITE_SETTINGS_FIELDS.map((name) => [name, String(formData.get(name) ?? "")]));
  const authorized = await authorizeForm("settings.manage");
  if (!authorized.ok) return { message: authorized.message, values };
  const parsed = siteSettingsSchema.safeParse(values);
  if (!parsed.success) return { message: settingsPage.formErrors, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const result = await saveSiteSettings(authorized.user, parsed.data);
  if (!result.ok) return { message: auth.errors.forbidden, values };
  return { ok: true, message: settingsPage.saved, values: parsed.data };
}

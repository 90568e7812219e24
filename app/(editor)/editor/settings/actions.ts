"use server";
import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { authorizeAction, textField } from "@/lib/actions/authorize-action";
import { saveSiteSettings } from "@/lib/settings/service";
import { settingsPage } from "@/lib/strings/settings";
import { auth } from "@/lib/strings/auth";
import { SITE_SETTINGS_FIELDS, siteSettingsSchema } from "@/lib/validations/settings";

type SettingsValues = Record<string, string | null>;
const settingsText = (formData: FormData): SettingsValues => Object.fromEntries(SITE_SETTINGS_FIELDS.map((name) => [name, textField(formData, name)]));

// 사이트 설정: admin only, checked here (a server action is a public endpoint).
export async function saveSiteSettingsAction(_prev: ActionState<SettingsValues>, formData: FormData): Promise<ActionState<SettingsValues>> {
  return authorizeAction(
    "settings.manage",
    formData,
    async (user, form) => {
      const values = settingsText(form);
      const parsed = siteSettingsSchema.safeParse(values);
      if (!parsed.success) return { message: settingsPage.formErrors, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
      const result = await saveSiteSettings(user, parsed.data);
      if (!result.ok) return { message: auth.errors.forbidden, values };
      return { ok: true, message: settingsPage.saved, values: parsed.data };
    },
    settingsText,
  );
}

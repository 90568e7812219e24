// The site settings form's schema, shared by the form and its server action.
import { z } from "@/lib/validations/zod";
import { imprintLabels as imprintLabelsText, settingsPage } from "@/lib/strings/settings";
import { seoulDay } from "@/lib/time";
import { INDEXNOW_KEY_RE } from "@/lib/indexnow/config";

const settingsPageErrors = settingsPage.errors;

/** Collapsed whitespace, trimmed, then required and bounded, with the field's Korean label. */
const text = (label: string, max: number) =>
  z
    .string({ error: settingsPageErrors.required(label) })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, settingsPageErrors.required(label)).max(max, settingsPageErrors.tooLong(label, max)));

// 지역 + 종류 + 번호, settingsPageErrors.g. "서울 아00000", "전북 아00123", "경기,아51234".
export const REGISTRATION_NUMBER_RE = /^[가-힣]{2,7}[\s,]*[가-힣]{1,2}\s?\d{4,6}$/;
// Area code or mobile prefix, or a 4-digit representative number (1588-1234).
export const PHONE_RE = /^(?:0\d{1,2}-\d{3,4}-\d{4}|1\d{3}-\d{4})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const siteSettingsSchema = z.object({
  publisherName: text(imprintLabelsText.publisherName, 100),
  registrationNumber: text(imprintLabelsText.registrationNumber, 50).pipe(z.string().regex(REGISTRATION_NUMBER_RE, settingsPageErrors.registrationNumber)),
  registrationDate: z
    .string({ error: settingsPageErrors.registrationDate })
    .trim()
    .refine(isRealDay, settingsPageErrors.registrationDate)
    // Dates are Seoul calendar days; YYYY-MM-DD strings compare in date order.
    .refine((v) => v <= seoulDay(), settingsPageErrors.registrationDateFuture),
  publisher: text(imprintLabelsText.publisher, 50),
  editor: text(imprintLabelsText.editor, 50),
  youthProtectionOfficer: text(imprintLabelsText.youthProtectionOfficer, 50),
  address: text(imprintLabelsText.address, 200),
  phone: z.string({ error: settingsPageErrors.phone }).trim().regex(PHONE_RE, settingsPageErrors.phone),
  email: z.string({ error: settingsPageErrors.email }).trim().pipe(z.email(settingsPageErrors.email).max(254, settingsPageErrors.email)),
  /** Optional: empty = none here (INDEXNOW_KEY, if the server has it). */
  indexNowKey: z
    .string()
    .trim()
    .default("")
    .pipe(z.union([z.literal(""), z.string().regex(INDEXNOW_KEY_RE, settingsPageErrors.indexNowKey)]))
    .transform((v) => (v === "" ? null : v)),
});

export type SiteSettingsValues = z.output<typeof siteSettingsSchema>;
export type SiteSettingsField = keyof SiteSettingsValues;
/** The imprint only (what the footer shows). */
export type ImprintField = Exclude<SiteSettingsField, "indexNowKey">;
export const SITE_SETTINGS_FIELDS = Object.keys(siteSettingsSchema.shape) as SiteSettingsField[];

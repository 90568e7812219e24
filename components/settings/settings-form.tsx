"use client";
import { useActionState, useState } from "react";
import { saveSiteSettingsAction } from "@/app/(editor)/editor/settings/actions";
import { Field } from "@/components/ui/field";
import { imprintLabels as imprintLabelsText, settingsPage as settingsPageText } from "@/lib/strings/settings";
import type { ImprintField, SiteSettingsField } from "@/lib/validations/settings";

type Props = { initial: Partial<Record<SiteSettingsField, string | null>> };

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function SettingsForm({ initial }: Props) {
  const [state, action, pending] = useActionState(saveSiteSettingsAction, {});
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const field = (name: ImprintField, props: { type?: string; help?: string; autoComplete?: string; maxLength?: number } = {}) => (
    <Field
      id={`settings-${name}`}
      name={name}
      label={imprintLabelsText[name]}
      type={props.type ?? "text"}
      defaultValue={values[name] ?? ""}
      required
      maxLength={props.maxLength}
      autoComplete={props.autoComplete ?? "off"}
      help={props.help}
      errors={errors[name]}
    />
  );
  return (
    <form action={action} className="max-w-2xl space-y-6" noValidate>
      <p role="status" className={state.message ? (state.ok ? "rounded border border-green-300 bg-green-50 p-3 text-green-900" : "rounded border border-red-300 bg-red-50 p-3 text-red-800") : "sr-only"}>
        {state.message ?? ""}
      </p>
      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold">{settingsPageText.imprintTitle}</legend>
        {field("publisherName", { maxLength: 100, autoComplete: "organization" })}
        {field("registrationNumber", { maxLength: 50, help: settingsPageText.hints.registrationNumber })}
        {field("registrationDate", { type: "date", help: settingsPageText.hints.registrationDate })}
        {field("publisher", { maxLength: 50 })}
        {field("editor", { maxLength: 50 })}
        {field("youthProtectionOfficer", { maxLength: 50 })}
      </fieldset>
      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold">{settingsPageText.contactTitle}</legend>
        {field("address", { maxLength: 200, autoComplete: "street-address" })}
        {field("phone", { type: "tel", help: settingsPageText.hints.phone, autoComplete: "tel" })}
        {field("email", { type: "email", maxLength: 254, autoComplete: "email" })}
      </fieldset>
      <IndexNowFieldset initialKey={values.indexNowKey ?? ""} errors={errors.indexNowKey} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2 font-bold text-white disabled:opacity-60">
        {pending ? settingsPageText.saving : settingsPageText.save}
      </button>
    </form>
  );
}

function IndexNowFieldset({ initialKey, errors }: { initialKey: string; errors: string[] | undefined }) {
  const [key, setKey] = useState(initialKey);
  return (
    <fieldset className="space-y-3 rounded border border-gray-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold">{settingsPageText.indexNowTitle}</legend>
      <Field
        id="settings-indexNowKey"
        name="indexNowKey"
        label={settingsPageText.indexNowKey}
        value={key}
        onChange={(event) => setKey(event.target.value)}
        maxLength={128}
        autoComplete="off"
        spellCheck={false}
        help={settingsPageText.indexNowHelp}
        errors={errors}
      />
      <button type="button" onClick={() => setKey(randomKey())} className="js-only rounded border border-gray-500 px-3 py-1.5 text-sm">
        {settingsPageText.generateKey}
      </button>
    </fieldset>
  );
}

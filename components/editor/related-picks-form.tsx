"use client";
import { useActionState } from "react";
import { setRelatedPicksAction } from "@/app/(editor)/editor/articles/actions";
import { FieldError, describedBy } from "@/components/editor/field-error";
import { editor as editorText } from "@/lib/strings/editor";

const relatedText = editorText.related;

/** 관련기사 직접 지정: article numbers or addresses, in the order readers will see them. */
export function RelatedPicksForm({ id, current }: { id: number; current: number[] }) {
  const [state, action, pending] = useActionState(setRelatedPicksAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-2">
      <input type="hidden" name="id" value={id} />
      {state.message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <label htmlFor="related-picks" className="block font-semibold">
        {relatedText.field}
      </label>
      <input
        id="related-picks"
        name="related"
        type="text"
        inputMode="text"
        defaultValue={state.values?.related ?? current.join(", ")}
        aria-invalid={errors.related ? true : undefined}
        aria-describedby={["related-picks-help", describedBy("related", errors)].filter(Boolean).join(" ")}
        className="w-full rounded border border-gray-400 px-3 py-2"
      />
      <p id="related-picks-help" className="text-sm text-gray-700">
        {relatedText.help}
      </p>
      <FieldError name="related" errors={errors} />
      <button type="submit" disabled={pending} className="rounded border border-gray-500 px-4 py-2 font-semibold">
        {relatedText.save}
      </button>
    </form>
  );
}

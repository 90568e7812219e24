"use client";
import { useActionState } from "react";
import { addCorrectionAction } from "@/app/(editor)/editor/articles/actions";
import { FieldError, describedBy } from "@/components/editor/field-error";
import { editor as editorText } from "@/lib/strings/editor";
import { CORRECTION_KINDS, CORRECTION_TEXT_MAX } from "@/lib/validations/correction";

const correctionsText = editorText.corrections;

/** 정정·반론 게시 on the edit page of a published article. */
export function CorrectionForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(addCorrectionAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="id" value={id} />
      {state.message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="correction-kind" className="block font-semibold">
          {correctionsText.kind}
        </label>
        <select
          id="correction-kind"
          name="kind"
          defaultValue={state.values?.kind ?? "CORRECTION"}
          aria-invalid={errors.kind ? true : undefined}
          aria-describedby={describedBy("kind", errors)}
          className="rounded border border-gray-400 px-3 py-2"
        >
          {CORRECTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {correctionsText.kinds[kind]}
            </option>
          ))}
        </select>
        <FieldError name="kind" errors={errors} />
      </div>
      <div>
        <label htmlFor="correction-text" className="block font-semibold">
          {correctionsText.text}
        </label>
        <textarea
          id="correction-text"
          name="text"
          rows={3}
          maxLength={CORRECTION_TEXT_MAX}
          defaultValue={state.values?.text ?? ""}
          placeholder={correctionsText.textHint}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy("text", errors)}
          className="w-full rounded border border-gray-400 px-3 py-2"
        />
        <FieldError name="text" errors={errors} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-amber-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {correctionsText.submit}
      </button>
    </form>
  );
}

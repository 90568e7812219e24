"use client";
import { useActionState } from "react";
import { addCorrectionAction } from "@/app/(editor)/editor/articles/actions";
import { ArticleActionForm } from "@/components/editor/article-action-form";
import { Field } from "@/components/ui/field";
import { editor as editorText } from "@/lib/strings/editor";
import { CORRECTION_KINDS, CORRECTION_TEXT_MAX } from "@/lib/validations/limits";

const correctionsText = editorText.corrections;

/** 정정·반론 게시 on the edit page of a published article. */
export function CorrectionForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(addCorrectionAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <ArticleActionForm articleId={id} action={action} message={state.message} noValidate className="space-y-3">
      <Field id="correction-kind" label={correctionsText.kind} labelClassName="block font-semibold" errors={errors.kind}>
        {(control) => (
          <select {...control} name="kind" defaultValue={state.values?.kind ?? "CORRECTION"} className="rounded border border-gray-400 px-3 py-2">
            {CORRECTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {correctionsText.kinds[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="correction-text" label={correctionsText.text} labelClassName="block font-semibold" errors={errors.text}>
        {(control) => (
          <textarea
            {...control}
            name="text"
            rows={3}
            maxLength={CORRECTION_TEXT_MAX}
            defaultValue={state.values?.text ?? ""}
            placeholder={correctionsText.textHint}
            className="w-full rounded border border-gray-400 px-3 py-2"
          />
        )}
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-amber-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {correctionsText.submit}
      </button>
    </ArticleActionForm>
  );
}

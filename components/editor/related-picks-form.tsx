"use client";
import { useActionState } from "react";
import { setRelatedPicksAction } from "@/app/(editor)/editor/articles/actions";
import { ArticleActionForm } from "@/components/editor/article-action-form";
import { Field } from "@/components/ui/field";
import { editor as editorText } from "@/lib/strings/editor";

const relatedText = editorText.related;

/** 관련기사 직접 지정: article numbers or addresses, in the order readers will see them. */
export function RelatedPicksForm({ id, current }: { id: number; current: number[] }) {
  const [state, action, pending] = useActionState(setRelatedPicksAction, {});
  return (
    <ArticleActionForm articleId={id} action={action} message={state.message} noValidate className="space-y-2">
      <Field
        id="related-picks"
        name="related"
        type="text"
        inputMode="text"
        defaultValue={state.values?.related ?? current.join(", ")}
        label={relatedText.field}
        labelClassName="block font-semibold"
        help={relatedText.help}
        errors={state.fieldErrors?.related}
      />
      <button type="submit" disabled={pending} className="rounded border border-gray-500 px-4 py-2 font-semibold">
        {relatedText.save}
      </button>
    </ArticleActionForm>
  );
}

"use client";
import { useActionState, useState } from "react";
import { deleteArticleAction, restoreDeletedArticleAction, restoreRevisionAction, unpublishArticleAction } from "@/app/(editor)/editor/articles/actions";
import { ArticleActionForm } from "@/components/editor/article-action-form";
import type { ActionState } from "@/lib/actions/action-state";
import { nextStatus, type ArticleStatus } from "@/lib/articles/transitions";
import { editor as editorText } from "@/lib/strings/editor";

const formText = editorText.form;

type Props = { id: number; canUnpublish: boolean; canDelete: boolean; status: ArticleStatus };

/** 발행 취소, 삭제 (asks first), 삭제 취소: status-only changes, each its own small form. */
export function StatusActions({ id, canUnpublish, canDelete, status }: Props) {
  const [unpublished, unpublish, unpublishing] = useActionState<ActionState, FormData>(unpublishArticleAction, {});
  const [deleted, remove, deleting] = useActionState<ActionState, FormData>(deleteArticleAction, {});
  const [restored, restore, restoring] = useActionState<ActionState, FormData>(restoreDeletedArticleAction, {});
  const [confirming, setConfirming] = useState(false);
  const pending = unpublishing || deleting || restoring;
  const message = unpublished.message ?? deleted.message ?? restored.message;
  return (
    <div className="space-y-2">
      {message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {canUnpublish && nextStatus(status, "unpublish") && <StatusForm id={id} action={unpublish} pending={pending} label={formText.unpublish} />}
        {canDelete && nextStatus(status, "delete") && !confirming && (
          <button type="button" onClick={() => setConfirming(true)} className="rounded border border-red-700 px-3 py-2 text-red-800">
            {formText.delete}
          </button>
        )}
        {canDelete && nextStatus(status, "restoreDeleted") && <StatusForm id={id} action={restore} pending={pending} label={formText.restoreDeleted} />}
      </div>
      {confirming && (
        <ArticleActionForm articleId={id} action={remove} role="group" aria-labelledby="delete-confirm-text" className="rounded border border-red-300 bg-red-50 p-3">
          <p id="delete-confirm-text">{formText.deleteConfirm}</p>
          <div className="mt-2 flex gap-2">
            <button type="submit" disabled={pending} className="rounded bg-red-700 px-3 py-2 font-semibold text-white">
              {formText.deleteConfirmButton}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-gray-500 bg-white px-3 py-2">
              {formText.cancel}
            </button>
          </div>
        </ArticleActionForm>
      )}
    </div>
  );
}

/** A status change that needs no asking: the article's id and one button. */
function StatusForm({ id, action, pending, label }: { id: number; action: (formData: FormData) => void; pending: boolean; label: string }) {
  return (
    <ArticleActionForm articleId={id} action={action}>
      <button type="submit" disabled={pending} className="rounded border border-gray-500 px-3 py-2">
        {label}
      </button>
    </ArticleActionForm>
  );
}

/** One "이 판으로 되돌리기" button of the revisions list. */
export function RestoreRevisionButton({ id, revisionId, version, label }: { id: number; revisionId: number; version: number; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(restoreRevisionAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} aria-label={label} className="text-sm text-brand underline">
        {editorText.revisions.restore}
      </button>
      {state.message && (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {state.message}
        </span>
      )}
    </form>
  );
}

"use client";
import { useActionState, useRef, useState, useTransition, type FormEvent, type RefObject } from "react";
import { saveArticleAction, previewArticleAction, type PreviewState } from "@/app/(editor)/editor/articles/actions";
import { ConflictPanel } from "@/components/editor/conflict-panel";
import { IntentButtons } from "@/components/editor/intent-buttons";
import { RichTextEditor, type RichTextHandle } from "@/components/editor/rich-text-editor";
import { ScheduledAtField } from "@/components/editor/scheduled-at-field";
import { Field, FieldError } from "@/components/ui/field";
import type { ConflictView } from "@/lib/actions/action-state";
import { editor as editorText } from "@/lib/strings/editor";

export type ArticleFormProps = {
  article?: { id: number; version: number; status: string; title: string; body: string; boardId: number; scheduledAt: string };
  boards: Array<{ id: number; name: string }>;
  allowed: { publish: boolean; schedule: boolean; submit: boolean };
};

const formText = editorText.form;

export function ArticleForm({ article, boards, allowed }: ArticleFormProps) {
  const [state, formAction, pending] = useActionState(saveArticleAction, {});
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const editorRef = useRef<RichTextHandle>(null);
  const bodyRef = useRef(article?.body ?? "");
  const [title, setTitle] = useState(article?.title ?? "");
  const [boardId, setBoardId] = useState(article ? String(article.boardId) : "");
  const [scheduledAt, setScheduledAt] = useState(article?.scheduledAt ?? "");
  const [version, setVersion] = useState(article ? String(article.version) : "");
  const [preview, setPreview] = useState<PreviewState | null>(null);

  const errors = state.fieldErrors ?? {};
  const status = article?.status ?? "NEW";

  // Submitting by hand (not the form's default) keeps React from resetting the form after the
  // action: a failed save must leave every field as the writer left it.
  function dispatch(formData: FormData) {
    startTransition(() => formAction(formData));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    dispatch(new FormData(event.currentTarget, submitter));
  }

  const { conflict, saveMineOverTheirs, takeTheirs } = useConflictChoice(state.conflict, { formRef, editorRef, dispatch, setTitle, setVersion });

  async function showPreview() {
    setPreview(await previewArticleAction(previewData(title, bodyRef.current)));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {article && <input type="hidden" name="id" value={article.id} />}
      {article && <input type="hidden" name="version" value={version} readOnly />}

      {state.message && !conflict && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {state.message}
        </p>
      )}
      {conflict && <ConflictPanel conflict={conflict} onSaveMine={saveMineOverTheirs} onTakeTheirs={takeTheirs} />}

      <TitleField title={title} onTitle={setTitle} errors={errors} />
      <BoardField boards={boards} boardId={boardId} onBoardId={setBoardId} errors={errors} />
      <BodyField initialHtml={article?.body ?? ""} errors={errors} bodyRef={bodyRef} editorRef={editorRef} />

      {allowed.schedule && status !== "PUBLISHED" && <ScheduledAtField id="article-scheduled-at" value={scheduledAt} onValue={setScheduledAt} errors={errors.scheduledAt} />}

      <IntentButtons status={status} allowed={allowed} pending={pending}>
        <PreviewAndSaving onPreview={showPreview} pending={pending} />
      </IntentButtons>

      {preview && <PreviewPanel preview={preview} onClose={() => setPreview(null)} />}
    </form>
  );
}

type ConflictSetters = {
  formRef: RefObject<HTMLFormElement | null>;
  editorRef: RefObject<RichTextHandle | null>;
  dispatch: (data: FormData) => void;
  setTitle: (title: string) => void;
  setVersion: (version: string) => void;
};

/** The save-conflict panel's two ways out; either one dismisses that conflict. */
function useConflictChoice(stateConflict: ConflictView | undefined, { formRef, editorRef, dispatch, setTitle, setVersion }: ConflictSetters) {
  const [dismissedConflict, setDismissedConflict] = useState<ConflictView | undefined>(undefined);
  const conflict = stateConflict !== dismissedConflict ? stateConflict : undefined;

  function saveMineOverTheirs() {
    if (!conflict || !formRef.current) return;
    setVersion(String(conflict.currentVersion));
    const data = new FormData(formRef.current);
    data.set("version", String(conflict.currentVersion));
    data.set("intent", "save");
    setDismissedConflict(conflict);
    dispatch(data);
  }

  function takeTheirs() {
    if (!conflict) return;
    setTitle(conflict.theirs.title);
    editorRef.current?.setHtml(conflict.theirs.body);
    setVersion(String(conflict.currentVersion));
    setDismissedConflict(conflict);
  }

  return { conflict, saveMineOverTheirs, takeTheirs };
}

function previewData(title: string, body: string): FormData {
  const data = new FormData();
  data.set("title", title);
  data.set("body", body);
  return data;
}

function PreviewAndSaving({ onPreview, pending }: { onPreview: () => void; pending: boolean }) {
  return (
    <>
      <button type="button" onClick={onPreview} className="rounded border border-gray-400 px-4 py-2">
        {formText.preview}
      </button>
      {pending && (
        <span role="status" className="self-center text-sm text-muted">
          {formText.saving}
        </span>
      )}
    </>
  );
}

type Errors = Partial<Record<string, string[]>>;

const LABEL_CLASS = "block font-semibold";

function TitleField({ title, onTitle, errors }: { title: string; onTitle: (title: string) => void; errors: Errors }) {
  return (
    <Field id="article-title" label={formText.title} labelClassName={LABEL_CLASS} errors={errors.title}>
      {(control) => (
        <input {...control} name="title" type="text" value={title} onChange={(e) => onTitle(e.target.value)} maxLength={300} className="w-full rounded border border-gray-400 px-3 py-2 text-lg" />
      )}
    </Field>
  );
}

type BoardFieldProps = { boards: ArticleFormProps["boards"]; boardId: string; onBoardId: (boardId: string) => void; errors: Errors };

function BoardField({ boards, boardId, onBoardId, errors }: BoardFieldProps) {
  return (
    <Field id="article-board" label={formText.board} labelClassName={LABEL_CLASS} errors={errors.boardId}>
      {(control) => (
        <select {...control} name="boardId" value={boardId} onChange={(e) => onBoardId(e.target.value)} className="rounded border border-gray-400 px-3 py-2">
          <option value="">{formText.chooseBoard}</option>
          {boards.map((board) => (
            <option key={board.id} value={board.id}>
              {board.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type BodyFieldProps = { initialHtml: string; errors: Errors; bodyRef: RefObject<string>; editorRef: RefObject<RichTextHandle | null> };

/** The rich-text body; its HTML is kept in `bodyRef` for the preview. Its editable area carries
 * the label itself (a <label> cannot point at it), so this is not a Field. */
function BodyField({ initialHtml, errors, bodyRef, editorRef }: BodyFieldProps) {
  return (
    <div>
      <span id="article-body-label" className={LABEL_CLASS}>
        {formText.body}
      </span>
      <RichTextEditor
        name="body"
        label={formText.body}
        initialHtml={initialHtml}
        errorId={errors.body ? "article-body-error" : undefined}
        invalid={Boolean(errors.body)}
        onChange={(html) => {
          bodyRef.current = html;
        }}
        handleRef={editorRef}
      />
      <FieldError id="article-body-error" errors={errors.body} />
    </div>
  );
}

function PreviewPanel({ preview, onClose }: { preview: PreviewState; onClose: () => void }) {
  return (
    <section aria-labelledby="preview-title" className="rounded border border-gray-300 p-4">
      <div className="flex items-center justify-between">
        <h2 id="preview-title" className="text-lg font-bold">
          {formText.previewTitle}
        </h2>
        <button type="button" onClick={onClose} className="text-sm underline">
          {formText.closePreview}
        </button>
      </div>
      {preview.values ? (
        <article className="article-body mt-3">
          <h3 className="text-2xl font-bold">{preview.values.title}</h3>
          <div className="mt-3" dangerouslySetInnerHTML={{ __html: preview.values.html }} />
        </article>
      ) : (
        <p role="alert">{preview.message}</p>
      )}
    </section>
  );
}

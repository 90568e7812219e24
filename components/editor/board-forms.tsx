"use client";
import { useActionState, useId } from "react";
import { createBoardAction, updateBoardAction } from "@/app/(editor)/editor/boards/actions";
import { Field } from "@/components/ui/field";
import { editor as editorText } from "@/lib/strings/editor";

const boardsText = editorText.boards;
type Board = { id: number; slug: string; name: string; description: string; pageSize: number; kind: string };

function Fields({ board, errors, withKind }: { board?: Board; errors: Partial<Record<string, string[]>>; withKind: boolean }) {
  const id = useId();
  const field = (name: "name" | "slug" | "description" | "pageSize", label: string, input: Partial<React.InputHTMLAttributes<HTMLInputElement>>) => (
    <Field id={`${id}-${name}`} label={label} errors={errors[name]}>
      {(control) => <input {...control} name={name} className="w-full rounded border border-gray-400 px-2 py-1" {...input} />}
    </Field>
  );
  return (
    <div className="grid gap-2 sm:grid-cols-5">
      {field("name", boardsText.name, { type: "text", defaultValue: board?.name ?? "", required: true, maxLength: 100 })}
      {field("slug", boardsText.slug, { type: "text", defaultValue: board?.slug ?? "", required: true, maxLength: 64, pattern: "[a-z0-9-]+", title: boardsText.slugHint })}
      {field("description", boardsText.description, { type: "text", defaultValue: board?.description ?? "", maxLength: 500 })}
      {field("pageSize", boardsText.pageSize, { type: "number", min: 5, max: 100, defaultValue: board?.pageSize ?? 15 })}
      {withKind && (
        <Field id={`${id}-kind`} label={boardsText.kind}>
          {(control) => (
            <select {...control} name="kind" defaultValue="NEWS" className="rounded border border-gray-400 px-2 py-1">
              {Object.entries(boardsText.kinds).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}

export function CreateBoardForm() {
  const [state, action, pending] = useActionState(createBoardAction, {});
  return (
    <form action={action} aria-label={boardsText.create} className="space-y-2 rounded border border-gray-300 bg-white p-3">
      {state.message && <p role="alert" className="text-red-800">{state.message}</p>}
      <Fields errors={state.fieldErrors ?? {}} withKind />
      <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1.5 font-semibold text-white">
        {boardsText.create}
      </button>
    </form>
  );
}

export function EditBoardForm({ board }: { board: Board }) {
  const [state, action, pending] = useActionState(updateBoardAction, {});
  return (
    <form action={action} aria-label={board.name} className="space-y-2">
      <input type="hidden" name="id" value={board.id} />
      <Fields board={board} errors={state.fieldErrors ?? {}} withKind={false} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded border border-gray-500 px-3 py-1">
          {boardsText.save}
        </button>
        {state.message && (
          <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}

"use client";
import type { ConflictView } from "@/lib/actions/action-state";
import { editor as editorText } from "@/lib/strings/editor";
import { formatDateTime } from "@/lib/time";

const conflictText = editorText.conflict;

/** Someone saved first: what they saved, what I have, and the lines that differ. */
export function ConflictPanel({ conflict, onSaveMine, onTakeTheirs }: { conflict: ConflictView; onSaveMine: () => void; onTakeTheirs: () => void }) {
  return (
    <section role="alert" aria-labelledby="conflict-title" className="space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-lg font-bold">
        {conflictText.title}
      </h2>
      <p>{conflictText.explain(conflict.currentVersion, conflict.baseVersion)}</p>
      {conflict.snapshotId > 0 && (
        <p>
          <a href={`/editor/articles/${conflict.snapshotId}`} className="underline">
            {conflictText.snapshot(conflict.snapshotId)}
          </a>
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <section aria-labelledby="conflict-theirs" className="rounded border border-gray-300 bg-white p-3">
          <h3 id="conflict-theirs" className="font-semibold">
            {conflictText.theirs}
            {conflict.theirs.editorName ? ` · ${conflict.theirs.editorName}` : ""} · {formatDateTime(new Date(conflict.theirs.savedAt))}
          </h3>
          <p className="mt-2 font-semibold">{conflict.theirs.title}</p>
          <div className="mt-1 text-sm [&_p]:my-1" dangerouslySetInnerHTML={{ __html: conflict.theirs.body }} />
        </section>
        <section aria-labelledby="conflict-mine" className="rounded border border-gray-300 bg-white p-3">
          <h3 id="conflict-mine" className="font-semibold">
            {conflictText.mine}
          </h3>
          <p className="mt-2 font-semibold">{conflict.mine.title}</p>
          <div className="mt-1 text-sm [&_p]:my-1" dangerouslySetInnerHTML={{ __html: conflict.mine.body }} />
        </section>
      </div>
      <section aria-labelledby="conflict-diff">
        <h3 id="conflict-diff" className="font-semibold">
          {conflictText.diff}
        </h3>
        <ul className="mt-1 space-y-0.5 font-mono text-sm">
          {conflict.diff
            .filter((line) => line.kind !== "same")
            .map((line, i) => (
              <li key={i} className={line.kind === "removed" ? "bg-red-100" : "bg-green-100"}>
                <span className="sr-only">{line.kind === "removed" ? conflictText.diffRemoved : conflictText.diffAdded}: </span>
                <span aria-hidden="true">{line.kind === "removed" ? "− " : "+ "}</span>
                {line.text}
              </li>
            ))}
        </ul>
      </section>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onSaveMine} className="rounded bg-amber-700 px-3 py-2 font-semibold text-white">
          {conflictText.overwrite}
        </button>
        <button type="button" onClick={onTakeTheirs} className="rounded border border-gray-500 bg-white px-3 py-2">
          {conflictText.takeTheirs}
        </button>
      </div>
    </section>
  );
}

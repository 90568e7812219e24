import "server-only";
import { writeRevision, writeScheduleEntries, type PreparedContent } from "@/lib/articles/content";
import { diffLines, type DiffLine } from "@/lib/articles/diff";
import type { LockedArticle } from "@/lib/articles/placement";
import { htmlToText } from "@/lib/articles/text";
import type { Actor, Failure, Tx } from "@/lib/articles/transaction";
import type { ConflictView } from "@/lib/actions/action-state";
import { editor } from "@/lib/strings/editor";

// An edit conflict: the article changed since the form (or the revision list) was loaded.
// The editor is shown both texts and a line diff; nothing of the article changes.

export type ConflictInfo = {
  baseVersion: number;
  currentVersion: number;
  theirs: { title: string; body: string; editorName: string | null; savedAt: Date };
  mine: { title: string; body: string };
  titleChanged: boolean;
  diff: DiffLine[];
  /** The DRAFT copy of my text, kept so closing the tab loses nothing (0 when none was made). */
  snapshotId: number;
};

type Theirs = Pick<LockedArticle, "title" | "body" | "version"> & { editorName: string | null; savedAt: Date };

export function conflictFailure(baseVersion: number, theirs: Theirs, mine: { title: string; body: string }, snapshotId: number): Failure {
  return {
    ok: false,
    reason: "conflict",
    message: editor.conflict.title,
    conflict: {
      baseVersion,
      currentVersion: theirs.version,
      theirs: { title: theirs.title, body: theirs.body, editorName: theirs.editorName, savedAt: theirs.savedAt },
      mine: { title: mine.title, body: mine.body },
      titleChanged: theirs.title !== mine.title,
      diff: diffLines(`${theirs.title}\n${htmlToText(theirs.body)}`, `${mine.title}\n${htmlToText(mine.body)}`),
      snapshotId,
    },
  };
}

/** A save over a stale version: keeps my text as a new DRAFT copy and returns the conflict. */
export async function recordConflict(tx: Tx, actor: Actor, row: LockedArticle, mine: PreparedContent, baseVersion: number): Promise<Failure> {
  const latest = await tx.articleRevision.findUnique({
    where: { articleId_version: { articleId: row.id, version: row.version } },
    select: { createdAt: true, editor: { select: { displayName: true } } },
  });
  const snapshot = await tx.article.create({
    data: {
      boardId: mine.schedule ? row.board_id : mine.boardId,
      title: editor.conflict.snapshotTitle(mine.title).slice(0, 300),
      body: mine.body,
      bodyText: mine.bodyText,
      excerpt: mine.excerpt,
      status: "DRAFT",
      authorId: actor.id,
      authorName: actor.displayName,
      version: 1,
    },
  });
  await writeRevision(tx, snapshot.id, 1, mine, actor.id);
  if (mine.schedule) await writeScheduleEntries(tx, snapshot.id, mine.schedule);
  const theirs = { ...row, editorName: latest?.editor?.displayName ?? null, savedAt: latest?.createdAt ?? new Date() };
  return conflictFailure(baseVersion, theirs, mine, snapshot.id);
}

/** The conflict as the article form shows it (dates as text: action state crosses the wire). */
export function conflictView(conflict: ConflictInfo): ConflictView {
  const { baseVersion, currentVersion, theirs, mine, diff, snapshotId } = conflict;
  return { baseVersion, currentVersion, theirs: { ...theirs, savedAt: theirs.savedAt.toISOString() }, mine, diff, snapshotId };
}

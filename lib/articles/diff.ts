import { diffArrays } from "diff";

// Line diff for the edit-conflict and revisions views: which lines of the saved text differ from
// mine (jsdiff's Myers diff over lines). Bodies are a few hundred lines at most; past a cap on the
// edit length we fall back to "all of theirs removed, all of mine added" rather than burn CPU.

export type DiffLine = { kind: "same" | "removed" | "added"; text: string };

const MAX_EDIT_LENGTH = 2_000;

export function diffLines(theirs: string, mine: string): DiffLine[] {
  const a = theirs.split("\n");
  const b = mine.split("\n");
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [...a.map((text) => ({ kind: "removed" as const, text })), ...b.map((text) => ({ kind: "added" as const, text }))];
  }
  return changes.flatMap((change) => {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    return change.value.map((text) => ({ kind, text }));
  });
}

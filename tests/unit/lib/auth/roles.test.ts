import { describe, expect, it } from "vitest";
import { ACTIONS, PERMISSIONS, ROLES, can, canSome, type Action, type ArticleResource, type Role } from "@/lib/auth/roles";

// Written out by hand (not derived from PERMISSIONS) so a change to the matrix fails here.
// "own" = only on the user's own article; "ownDraft" = only on the user's own draft.
const EXPECTED: Record<Action, Record<Role, true | false | "own" | "ownDraft">> = {
  "article.create": { REPORTER: true, EDITOR: true, ADMIN: true },
  "article.editOwnDraft": { REPORTER: "ownDraft", EDITOR: true, ADMIN: true },
  "article.editAny": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.submit": { REPORTER: "ownDraft", EDITOR: true, ADMIN: true },
  "article.preview": { REPORTER: "own", EDITOR: true, ADMIN: true },
  "article.publish": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.schedule": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.unpublish": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.delete": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.restoreRevision": { REPORTER: false, EDITOR: true, ADMIN: true },
  "schedule.write": { REPORTER: "ownDraft", EDITOR: true, ADMIN: true },
  "image.upload": { REPORTER: true, EDITOR: true, ADMIN: true },
  "user.manage": { REPORTER: false, EDITOR: false, ADMIN: true },
  "board.manage": { REPORTER: false, EDITOR: false, ADMIN: true },
  "session.manageOwn": { REPORTER: true, EDITOR: true, ADMIN: true },
  "article.correct": { REPORTER: false, EDITOR: true, ADMIN: true },
  "settings.manage": { REPORTER: false, EDITOR: false, ADMIN: true },
};

const ME = 7;
const OTHER = 8;
const STATUSES = ["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "DELETED"] as const;
const RESOURCES: Array<{ name: string; resource: ArticleResource | undefined; own: boolean; draft: boolean }> = [
  { name: "no resource", resource: undefined, own: false, draft: false },
  { name: "an authorless article", resource: { authorId: null, status: "DRAFT" }, own: false, draft: true },
  ...STATUSES.flatMap((status) => [
    { name: `own ${status}`, resource: { authorId: ME, status }, own: true, draft: status === "DRAFT" },
    { name: `someone else's ${status}`, resource: { authorId: OTHER, status }, own: false, draft: status === "DRAFT" },
  ]),
];

describe("role matrix", () => {
  it("lists every action the editor area needs", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const rule = EXPECTED[action][role];
      it(`${role} × ${action} → ${String(rule)}`, () => {
        const user = { id: ME, role };
        for (const { name, resource, own, draft } of RESOURCES) {
          const expected = rule === true ? true : rule === false ? false : rule === "own" ? own : own && draft;
          expect(can(user, action, resource), `${role} ${action} on ${name}`).toBe(expected);
        }
        expect(canSome(user, action)).toBe(rule !== false);
      });
    }
  }

  it("denies everything to nobody", () => {
    for (const action of ACTIONS) {
      expect(can(null, action, { authorId: ME, status: "DRAFT" })).toBe(false);
      expect(canSome(undefined, action)).toBe(false);
    }
  });

  it("a reporter can't publish even their own draft, nor edit it once published", () => {
    const reporter = { id: ME, role: "REPORTER" as const };
    expect(can(reporter, "article.publish", { authorId: ME, status: "DRAFT" })).toBe(false);
    expect(can(reporter, "article.editOwnDraft", { authorId: ME, status: "PUBLISHED" })).toBe(false);
    expect(can(reporter, "article.editOwnDraft", { authorId: ME, status: "DRAFT" })).toBe(true);
    expect(can(reporter, "article.editOwnDraft", { authorId: OTHER, status: "DRAFT" })).toBe(false);
  });

  it("an editor may edit and unpublish anyone's published article", () => {
    const editor = { id: ME, role: "EDITOR" as const };
    expect(can(editor, "article.editAny", { authorId: OTHER, status: "PUBLISHED" })).toBe(true);
    expect(can(editor, "article.unpublish", { authorId: OTHER, status: "PUBLISHED" })).toBe(true);
    expect(can(editor, "user.manage")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { ACTIONS, ROLES, can, canSome, type Action, type ArticleResource, type Role } from "@/lib/auth/roles";

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

type Reach = "always" | "own" | "ownDraft" | "never";

/** Checks `can` on every kind of article (and none), and `canSome`, against what the role should reach. */
function expectReach(role: Role, action: Action, reach: Reach): void {
  const user = { id: ME, role };
  for (const { name, resource, own, draft } of RESOURCES) {
    const expected = reach === "always" || (reach === "own" && own) || (reach === "ownDraft" && own && draft);
    expect(can(user, action, resource), `${role} ${action} on ${name}`).toBe(expected);
  }
  expect(canSome(user, action), `${role} ${action} on some article`).toBe(reach !== "never");
}

/** The actions not named: what a role may do is stated, everything else it may not. */
function others(...named: Action[][]): Action[] {
  return ACTIONS.filter((action) => !named.flat().includes(action));
}

// What each role may do, written out by hand as the newsroom describes it (not derived from
// PERMISSIONS), so that a change to the matrix fails here.
describe("a reporter", () => {
  const role = "REPORTER";
  const always: Action[] = ["article.create", "image.upload", "session.manageOwn"];
  const ownDrafts: Action[] = ["article.editOwnDraft", "article.submit", "schedule.write"];
  const own: Action[] = ["article.preview"];

  it.each(always)("may %s", (action) => expectReach(role, action, "always"));
  it.each(ownDrafts)("may %s only on their own draft", (action) => expectReach(role, action, "ownDraft"));
  it.each(own)("may %s only on their own article", (action) => expectReach(role, action, "own"));
  it.each(others(always, ownDrafts, own))("may not %s", (action) => expectReach(role, action, "never"));
});

describe("an editor", () => {
  const role = "EDITOR";
  const adminOnly: Action[] = ["user.manage", "board.manage", "settings.manage"];

  it.each(adminOnly)("may not %s", (action) => expectReach(role, action, "never"));
  it.each(others(adminOnly))("may %s on anyone's article", (action) => expectReach(role, action, "always"));
});

describe("an admin", () => {
  it.each([...ACTIONS])("may %s", (action) => expectReach("ADMIN", action, "always"));
});

describe("role matrix", () => {
  it("covers the three roles", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "EDITOR", "REPORTER"]);
  });

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

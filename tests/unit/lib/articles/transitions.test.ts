import { describe, expect, it } from "vitest";
import {
  ARTICLE_STATUSES,
  InvalidTransitionError,
  OPERATIONS,
  TRANSITIONS,
  assertTransition,
  nextStatus,
  type ArticleStatus,
  type Operation,
} from "@/lib/articles/transitions";

// Written out by hand (not derived from TRANSITIONS) so a change to the machine fails here.
// Rows: the operation; columns: the status it starts from → the status it leaves ("-" = refused).
const EXPECTED: Record<Operation, Record<ArticleStatus, ArticleStatus | "-">> = {
  edit: { DRAFT: "DRAFT", SCHEDULED: "SCHEDULED", PUBLISHED: "PUBLISHED", UNPUBLISHED: "UNPUBLISHED", DELETED: "-" },
  submit: { DRAFT: "DRAFT", SCHEDULED: "-", PUBLISHED: "-", UNPUBLISHED: "-", DELETED: "-" },
  publish: { DRAFT: "PUBLISHED", SCHEDULED: "PUBLISHED", PUBLISHED: "-", UNPUBLISHED: "PUBLISHED", DELETED: "-" },
  schedule: { DRAFT: "SCHEDULED", SCHEDULED: "SCHEDULED", PUBLISHED: "-", UNPUBLISHED: "SCHEDULED", DELETED: "-" },
  publishDue: { DRAFT: "-", SCHEDULED: "PUBLISHED", PUBLISHED: "-", UNPUBLISHED: "-", DELETED: "-" },
  unpublish: { DRAFT: "-", SCHEDULED: "DRAFT", PUBLISHED: "UNPUBLISHED", UNPUBLISHED: "-", DELETED: "-" },
  delete: { DRAFT: "DELETED", SCHEDULED: "DELETED", PUBLISHED: "DELETED", UNPUBLISHED: "DELETED", DELETED: "-" },
  restoreDeleted: { DRAFT: "-", SCHEDULED: "-", PUBLISHED: "-", UNPUBLISHED: "-", DELETED: "DRAFT" },
  restoreRevision: { DRAFT: "DRAFT", SCHEDULED: "SCHEDULED", PUBLISHED: "PUBLISHED", UNPUBLISHED: "UNPUBLISHED", DELETED: "-" },
  correct: { DRAFT: "-", SCHEDULED: "-", PUBLISHED: "PUBLISHED", UNPUBLISHED: "-", DELETED: "-" },
  pickRelated: { DRAFT: "DRAFT", SCHEDULED: "SCHEDULED", PUBLISHED: "PUBLISHED", UNPUBLISHED: "UNPUBLISHED", DELETED: "-" },
};

// Every (from, to) pair the machine allows at all, by any operation: the diagram, as a matrix.
const REACHABLE: Record<ArticleStatus, readonly ArticleStatus[]> = {
  DRAFT: ["DRAFT", "PUBLISHED", "SCHEDULED", "DELETED"],
  SCHEDULED: ["SCHEDULED", "PUBLISHED", "DRAFT", "DELETED"],
  PUBLISHED: ["PUBLISHED", "UNPUBLISHED", "DELETED"],
  UNPUBLISHED: ["UNPUBLISHED", "PUBLISHED", "SCHEDULED", "DELETED"],
  DELETED: ["DRAFT"],
};

describe("article status machine", () => {
  it("lists every operation and every status", () => {
    expect([...OPERATIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...ARTICLE_STATUSES].sort()).toEqual(Object.keys(REACHABLE).sort());
  });

  for (const operation of OPERATIONS) {
    for (const from of ARTICLE_STATUSES) {
      const expected = EXPECTED[operation][from];
      it(`${operation} from ${from} → ${expected}`, () => {
        if (expected === "-") {
          expect(() => assertTransition(from, operation)).toThrow(InvalidTransitionError);
          expect(nextStatus(from, operation)).toBeNull();
        } else {
          expect(assertTransition(from, operation)).toBe(expected);
          expect(nextStatus(from, operation)).toBe(expected);
        }
      });
    }
  }

  it("allows exactly the (from, to) pairs of the diagram", () => {
    for (const from of ARTICLE_STATUSES) {
      for (const to of ARTICLE_STATUSES) {
        const byAnyOperation = OPERATIONS.some((operation) => nextStatus(from, operation) === to);
        expect(byAnyOperation, `${from} → ${to}`).toBe(REACHABLE[from].includes(to));
      }
    }
  });

  it("names the refused move in the error", () => {
    expect(() => assertTransition("DELETED", "publish")).toThrow("publish is not allowed on a DELETED article");
  });
});

import { describe, expect, it } from "vitest";
import { diffLines } from "@/lib/articles/diff";

describe("diffLines", () => {
  it("marks removed and added lines around common ones", () => {
    expect(diffLines("a\nb\nc", "a\nx\nc")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "x" },
      { kind: "same", text: "c" },
    ]);
  });
});

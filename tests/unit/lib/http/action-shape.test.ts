import { describe, expect, it } from "vitest";
import { isWellFormedJsonCall, isWellFormedMultipartCall } from "@/lib/http/action-shape";

// Malformed server action calls answered 500 from inside Next's decoder (audit: "a server
// action with malformed arguments"); these are refused with 400 before Next decodes them.
describe("server action calls", () => {
  it("accepts what this site's forms and previews send", () => {
    expect(isWellFormedJsonCall(JSON.stringify(["제목", "<p>본문 $$5</p>"]))).toBe(true);
    expect(isWellFormedJsonCall("[]")).toBe(true);
    expect(isWellFormedMultipartCall([["0", JSON.stringify([{ status: "idle", values: { title: "x" }, message: "$undefined" }, "$K1"])], ["1_title", "x"], ["1_body", ""]])).toBe(true);
    expect(isWellFormedMultipartCall([["0", '["$K1"]'], ["1_id", "3"]])).toBe(true);
  });

  it.each(["", "{", "[", "null", "1", '"x"', "{}", '["$K1"]', '["$Q0"]', '["$@1"]', '["$T"]', '["$F1"]', '[{"a":"$B1"}]', "[".repeat(100) + "]".repeat(100)])("refuses the JSON call %j", (body) => {
    expect(isWellFormedJsonCall(body)).toBe(false);
  });

  it("accepts a form without fields (the sign-out button)", () => {
    expect(isWellFormedMultipartCall([["0", '["$K1"]']])).toBe(true);
  });

  it("refuses multipart calls without arguments, or with references other than FormData", () => {
    expect(isWellFormedMultipartCall([["1_title", "x"]])).toBe(false);
    expect(isWellFormedMultipartCall([["0", "["]])).toBe(false);
    expect(isWellFormedMultipartCall([["0", '{"a":1}']])).toBe(false);
    expect(isWellFormedMultipartCall([["0", '["$Q1"]'], ["1_x", "y"]])).toBe(false);
    expect(isWellFormedMultipartCall([["0", "[]"], ["0", "[]"]])).toBe(false);
  });
});

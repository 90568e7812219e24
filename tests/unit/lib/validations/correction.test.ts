import { describe, expect, it } from "vitest";
import { correctionSchema } from "@/lib/validations/correction";

describe("correction schema", () => {
  it("keeps the text without a hand-typed mark (the kind prints it)", () => {
    expect(correctionSchema.parse({ kind: "CORRECTION", text: " [정정]  금액을   바로잡습니다. " })).toEqual({ kind: "CORRECTION", text: "금액을 바로잡습니다." });
    expect(correctionSchema.parse({ kind: "REBUTTAL", text: "[반론] 반론 내용" }).text).toBe("반론 내용");
  });

  it("answers in Korean", () => {
    const issues = (input: unknown) => correctionSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues({ kind: "UPDATE", text: "x" })).toEqual(["종류를 골라 주세요."]);
    expect(issues({ kind: "CORRECTION", text: "  [정정] " })).toEqual(["내용을 입력해 주세요."]);
    expect(issues({ kind: "CORRECTION", text: "가".repeat(1001) })).toEqual(["내용은 1,000자 이내로 써 주세요."]);
  });
});

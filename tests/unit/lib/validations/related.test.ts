import { describe, expect, it } from "vitest";
import { relatedPicksSchema } from "@/lib/validations/related";

describe("related picks field", () => {
  it("reads article numbers and addresses, in order, once each", () => {
    expect(relatedPicksSchema.parse({ related: " 1203, https://news.example/article/1187 /article/55/ 1203" }).related).toEqual([1203, 1187, 55]);
    expect(relatedPicksSchema.parse({ related: "" }).related).toEqual([]);
  });

  it("answers in Korean", () => {
    const message = (related: string) => relatedPicksSchema.safeParse({ related }).error?.issues[0]?.message;
    expect(message("12, 기사")).toBe("‘기사’은(는) 기사 번호나 기사 주소가 아닙니다.");
    expect(message("1 2 3 4 5 6")).toBe("관련기사는 5개까지 지정할 수 있습니다.");
    expect(message("99999999999")).toMatch(/기사 번호나 기사 주소가 아닙니다/);
  });
});

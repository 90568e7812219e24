import { describe, expect, it } from "vitest";
import { z } from "zod";
import { siteSettingsSchema } from "@/lib/validations/settings";

const valid = {
  publisherName: "(주)한빛넷미디어",
  registrationNumber: "전북 아00127",
  registrationDate: "2012-03-15",
  publisher: "김대한",
  editor: "김대한",
  youthProtectionOfficer: "정다은",
  address: "한빛시 중앙로 123, 4층",
  phone: "063-123-4567",
  email: "news@example.com",
};

function errorsOf(input: Record<string, unknown>): Partial<Record<string, string[]>> {
  const parsed = siteSettingsSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("site settings schema", () => {
  it("accepts a complete imprint and tidies whitespace", () => {
    const parsed = siteSettingsSchema.parse({ ...valid, publisher: "  김  대한 ", phone: " 1588-1234 " });
    expect(parsed.publisher).toBe("김 대한");
    expect(parsed.phone).toBe("1588-1234");
    expect(siteSettingsSchema.parse({ ...valid, registrationNumber: "서울,아00001" }).registrationNumber).toBe("서울,아00001");
  });

  it("answers every missing field with a Korean message naming it", () => {
    const errors = errorsOf({});
    expect(Object.keys(errors).sort()).toEqual(Object.keys(valid).sort());
    expect(errors.publisher?.[0]).toBe("발행인을(를) 입력해 주세요.");
    expect(errors.youthProtectionOfficer?.[0]).toBe("청소년보호책임자을(를) 입력해 주세요.");
    expect(errorsOf({ ...valid, editor: "   " }).editor?.[0]).toBe("편집인을(를) 입력해 주세요.");
  });

  it("refuses malformed numbers, dates, phones and emails", () => {
    expect(errorsOf({ ...valid, registrationNumber: "12345" }).registrationNumber?.[0]).toMatch(/서울 아00000/);
    expect(errorsOf({ ...valid, registrationDate: "2023-02-30" }).registrationDate?.[0]).toMatch(/실제 날짜/);
    expect(errorsOf({ ...valid, registrationDate: "2999-01-01" }).registrationDate?.[0]).toMatch(/오늘이나 그 이전/);
    expect(errorsOf({ ...valid, phone: "010 1234 5678" }).phone?.[0]).toMatch(/063-123-4567/);
    expect(errorsOf({ ...valid, email: "news@" }).email?.[0]).toBe("이메일 주소 형식이 올바르지 않습니다.");
    expect(errorsOf({ ...valid, address: "가".repeat(201) }).address?.[0]).toBe("주소은(는) 200자 이내로 써 주세요.");
  });
});

describe("IndexNow key field", () => {
  it("is optional, and when given must be 8–128 letters, digits or hyphens", () => {
    expect(siteSettingsSchema.parse(valid).indexNowKey).toBeNull();
    expect(siteSettingsSchema.parse({ ...valid, indexNowKey: " abcd-1234-EF " }).indexNowKey).toBe("abcd-1234-EF");
    expect(errorsOf({ ...valid, indexNowKey: "short" }).indexNowKey?.[0]).toBe("IndexNow 키는 영문, 숫자, 하이픈으로 8~128자여야 합니다.");
    expect(errorsOf({ ...valid, indexNowKey: "키가한글입니다아아" }).indexNowKey?.[0]).toMatch(/8~128자/);
  });
});

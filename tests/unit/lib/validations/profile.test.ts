import { describe, expect, it } from "vitest";
import { z } from "zod";
import { profileSchema } from "@/lib/validations/profile";

function errorsOf(input: Record<string, unknown>) {
  const parsed = profileSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("reporter profile schema", () => {
  it("tidies the name and bio, reads an empty email as none, a checkbox as a boolean", () => {
    expect(profileSchema.parse({ displayName: "  홍  길동 ", email: "", bio: " 시청\r\n\r\n\r\n담당  ", photoId: "", removePhoto: "on" })).toEqual({
      displayName: "홍 길동",
      email: null,
      bio: "시청\n\n담당",
      photoId: undefined,
      removePhoto: true,
    });
    expect(profileSchema.parse({ displayName: "홍길동", email: " hong@example.com ", photoId: "12" })).toMatchObject({ email: "hong@example.com", photoId: 12, removePhoto: false });
  });

  it("answers bad input in Korean", () => {
    expect(errorsOf({ displayName: " " }).displayName).toEqual(["이름을 입력해 주세요."]);
    expect(errorsOf({ displayName: "가".repeat(51) }).displayName).toEqual(["이름은 50자 이내로 써 주세요."]);
    expect(errorsOf({ displayName: "홍", email: "hong@" }).email).toEqual(["이메일 주소 형식이 올바르지 않습니다."]);
    expect(errorsOf({ displayName: "홍", bio: "가".repeat(301) }).bio).toEqual(["소개는 300자 이내로 써 주세요."]);
    expect(errorsOf({ displayName: "홍", photoId: "-3" }).photoId).toEqual(["사진을 찾을 수 없습니다. 다시 올려 주세요."]);
  });
});

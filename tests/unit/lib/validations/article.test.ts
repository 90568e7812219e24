import { describe, expect, it } from "vitest";
import { z } from "zod";
import { articleFormSchema, normalizeTitle, parseSeoulDateTime, toSeoulDateTimeInput } from "@/lib/validations/article";

describe("article form schema", () => {
  it("reads datetime-local values as Asia/Seoul wall time", () => {
    expect(parseSeoulDateTime("2026-11-28T09:30")?.toISOString()).toBe("2026-11-28T00:30:00.000Z");
    expect(parseSeoulDateTime("2026-01-01T00:00:05")?.toISOString()).toBe("2025-12-31T15:00:05.000Z");
    expect(parseSeoulDateTime("2026-02-30T09:00")).toBeNull();
    expect(parseSeoulDateTime("내일 아침")).toBeNull();
    expect(toSeoulDateTimeInput(new Date("2026-11-28T00:30:00Z"))).toBe("2026-11-28T09:30");
  });

  it("gives Korean field errors", () => {
    const result = articleFormSchema.safeParse({ title: "   ", boardId: "", body: "<p></p>", intent: "publish" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(z.flattenError(result.error).fieldErrors).toEqual({ title: ["제목을 입력해 주세요."], boardId: ["게시판을 골라 주세요."] });
    const noBody = articleFormSchema.safeParse({ title: "제목", boardId: "2", body: "<p> </p>", intent: "publish" });
    expect(noBody.success).toBe(false);
    if (!noBody.success) expect(z.flattenError(noBody.error).fieldErrors).toEqual({ body: ["본문을 입력해 주세요."] });
  });

  it("lets a draft have an empty body but not a publish", () => {
    expect(articleFormSchema.safeParse({ title: "초안", boardId: "3", body: "", intent: "save" }).success).toBe(true);
    expect(articleFormSchema.safeParse({ title: "사진만", boardId: "3", body: '<figure><img src="/media/a.jpg" alt="a"></figure>', intent: "publish" }).success).toBe(true);
  });

  it("requires a future schedule time", () => {
    const past = articleFormSchema.safeParse({ title: "예약", boardId: "1", body: "<p>x</p>", intent: "schedule", scheduledAt: "2001-01-01T09:00" });
    expect(past.success).toBe(false);
    if (!past.success) expect(z.flattenError(past.error).fieldErrors.scheduledAt).toEqual(["예약 시각은 지금 이후여야 합니다."]);
    const missing = articleFormSchema.safeParse({ title: "예약", boardId: "1", body: "<p>x</p>", intent: "schedule" });
    if (!missing.success) expect(z.flattenError(missing.error).fieldErrors.scheduledAt).toEqual(["예약 시각을 입력해 주세요."]);
    const future = toSeoulDateTimeInput(new Date(Date.now() + 3_600_000));
    expect(articleFormSchema.safeParse({ title: "예약", boardId: "1", body: "<p>x</p>", intent: "schedule", scheduledAt: future }).success).toBe(true);
  });

  it("trims titles and refuses long ones", () => {
    const ok = articleFormSchema.safeParse({ title: "  시청\n 소식  ", boardId: "1" });
    expect(ok.success && ok.data.title).toBe("시청 소식");
    expect(articleFormSchema.safeParse({ title: "가".repeat(201), boardId: "1" }).success).toBe(false);
  });
});

describe("normalizeTitle", () => {
  it("trims and collapses whitespace, drops control and bidi characters", () => {
    expect(normalizeTitle("  시청\t\n소식  \u200b속보\u202e ")).toBe("시청 소식 속보");
  });

  it("keeps markup as literal text", () => {
    expect(normalizeTitle('<script>alert("x")</script>')).toBe('<script>alert("x")</script>');
  });
});

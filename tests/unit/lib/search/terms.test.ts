import { describe, expect, it } from "vitest";
import { COUNT_CAP, containsPattern, lastSearchPage, parseSearchQuery } from "@/lib/search/terms";

describe("search query", () => {
  it("accepts Korean substrings of two characters or more", () => {
    expect(parseSearchQuery("공공의대")).toEqual({ kind: "ok", q: "공공의대" });
    expect(parseSearchQuery("  남원   시청 ")).toEqual({ kind: "ok", q: "남원 시청" });
    expect(parseSearchQuery("남원")).toEqual({ kind: "ok", q: "남원" });
  });

  it("asks for more than one character", () => {
    expect(parseSearchQuery("공")).toEqual({ kind: "tooShort", q: "공" });
    expect(parseSearchQuery(" ")).toEqual({ kind: "none" });
    expect(parseSearchQuery(undefined)).toEqual({ kind: "none" });
  });

  it("normalizes decomposed Hangul (NFD from some Mac keyboards) to NFC", () => {
    expect(parseSearchQuery("공공의대".normalize("NFD"))).toEqual({ kind: "ok", q: "공공의대" });
  });

  it("takes the first of repeated parameters and limits the length", () => {
    expect(parseSearchQuery(["의회", "x"])).toEqual({ kind: "ok", q: "의회" });
    expect(parseSearchQuery("가".repeat(101)).kind).toBe("tooLong");
  });

  it("escapes LIKE wildcards so they match literally", () => {
    expect(containsPattern("공공의대")).toBe("%공공의대%");
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b\\c")).toBe("%a\\_b\\\\c%");
  });

  it("caps the pages at the counted matches", () => {
    expect(lastSearchPage(0, 15)).toBe(1);
    expect(lastSearchPage(16, 15)).toBe(2);
    expect(lastSearchPage(COUNT_CAP, 15)).toBe(67);
  });
});

describe("queries an index can answer (audit finding 2)", () => {
  it.each(["!!", "%%", "😀😀", "😀 😀 😀", "a b", "a!b", "__", "!!!!!!", "\u200b\u200b"])("refuses %j as too short: nothing a trigram index can use", (q) => {
    expect(parseSearchQuery(q).kind).toBe("tooShort");
  });

  it.each(["축제", "ab", "12", "100%", "0_00", "남원 시", "KTX!", "😀축제"])("accepts %j: it holds two letters or digits in a row", (q) => {
    expect(parseSearchQuery(q).kind).toBe("ok");
  });

  it("never passes NUL or other control characters on to the database", () => {
    expect(parseSearchQuery("남원\u0000시청")).toEqual({ kind: "ok", q: "남원 시청" });
    expect(parseSearchQuery("\u0000\u0000")).toEqual({ kind: "none" });
    expect(parseSearchQuery("축제\u0007\u001b[31m")).toEqual({ kind: "ok", q: "축제 [31m" });
  });

  it("keeps lone surrogates out", () => {
    expect(parseSearchQuery("축제\ud800")).toEqual({ kind: "ok", q: "축제" });
  });
});

describe("two-character queries", () => {
  it("are answered by word starts, with a smaller count cap", async () => {
    const { isShortQuery, countCap, SHORT_COUNT_CAP } = await import("@/lib/search/terms");
    expect(isShortQuery("축제")).toBe(true);
    expect(isShortQuery("공공의대")).toBe(false);
    expect(countCap("축제")).toBe(SHORT_COUNT_CAP);
    expect(countCap("공공의대")).toBe(COUNT_CAP);
    expect(lastSearchPage(5000, 15, SHORT_COUNT_CAP)).toBe(20);
  });
});

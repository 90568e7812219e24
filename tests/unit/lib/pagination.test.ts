import { describe, expect, it } from "vitest";
import { boardSeqRange, pageOfBoardSeq, pageWindow, parsePageParam, totalPages } from "@/lib/pagination";

describe("pageWindow", () => {
  it("matches the reference at page 355 of 611: Prev 1 … 350–359 … 611 Next", () => {
    const w = pageWindow(355, 611);
    expect(w.pages).toEqual([350, 351, 352, 353, 354, 355, 356, 357, 358, 359]);
    expect(w).toMatchObject({ showFirst: true, gapBefore: true, showLast: true, gapAfter: true, prev: 354, next: 356 });
  });

  it("starts at 1 on page 1 with no Prev and no leading first link", () => {
    const w = pageWindow(1, 611);
    expect(w.pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(w).toMatchObject({ showFirst: false, gapBefore: false, showLast: true, gapAfter: true, prev: null, next: 2 });
  });

  it("ends at the last page with no Next and no trailing last link", () => {
    const w = pageWindow(611, 611);
    expect(w.pages).toEqual([602, 603, 604, 605, 606, 607, 608, 609, 610, 611]);
    expect(w).toMatchObject({ showFirst: true, gapBefore: true, showLast: false, gapAfter: false, prev: 610, next: null });
  });

  it("shows the first link without a gap when the window starts at 2", () => {
    const w = pageWindow(7, 611);
    expect(w.pages[0]).toBe(2);
    expect(w).toMatchObject({ showFirst: true, gapBefore: false });
  });

  it("shows every page and no extras for small counts", () => {
    expect(pageWindow(1, 1)).toMatchObject({ pages: [1], prev: null, next: null, showFirst: false, showLast: false });
    expect(pageWindow(2, 3)).toMatchObject({ pages: [1, 2, 3], prev: 1, next: 3, showFirst: false, showLast: false });
    expect(pageWindow(10, 10).pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pageWindow(6, 11)).toMatchObject({ pages: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], showLast: true, gapAfter: false });
  });

  it("clamps out-of-range current pages", () => {
    expect(pageWindow(0, 5).current).toBe(1);
    expect(pageWindow(99, 5).current).toBe(5);
    expect(pageWindow(3, 0)).toMatchObject({ totalPages: 1, current: 1, pages: [1] });
  });
});

describe("parsePageParam", () => {
  it("accepts plain positive integers and defaults to 1", () => {
    expect(parsePageParam(undefined)).toEqual({ ok: true, page: 1 });
    expect(parsePageParam("1")).toEqual({ ok: true, page: 1 });
    expect(parsePageParam("600")).toEqual({ ok: true, page: 600 });
  });

  it.each(["abc", "-1", "0", "1.5", "01", "", " 2", "1e3", "9999999999", "２"])("rejects %j", (raw) => {
    expect(parsePageParam(raw)).toEqual({ ok: false });
  });

  it("rejects a repeated parameter", () => {
    expect(parsePageParam(["1", "2"])).toEqual({ ok: false });
  });
});

describe("boardSeq ranges (keyset paging without OFFSET)", () => {
  it("maps pages to descending boardSeq ranges", () => {
    expect(boardSeqRange(9000, 1, 15)).toEqual({ from: 8986, to: 9000 });
    expect(boardSeqRange(9000, 2, 15)).toEqual({ from: 8971, to: 8985 });
    expect(boardSeqRange(9000, 600, 15)).toEqual({ from: 1, to: 15 });
    expect(boardSeqRange(9000, 601, 15)).toBeNull();
  });

  it("gives a short last page", () => {
    expect(totalPages(9164, 15)).toBe(611);
    expect(boardSeqRange(9164, 611, 15)).toEqual({ from: 1, to: 14 });
    expect(boardSeqRange(9164, 612, 15)).toBeNull();
  });

  it("covers every article exactly once across pages", () => {
    const total = 1003;
    const size = 15;
    const seen: number[] = [];
    for (let page = 1; page <= totalPages(total, size); page++) {
      const range = boardSeqRange(total, page, size);
      expect(range).not.toBeNull();
      for (let seq = range!.to; seq >= range!.from; seq--) seen.push(seq);
    }
    expect(seen).toHaveLength(total);
    expect(seen[0]).toBe(total);
    expect(seen.at(-1)).toBe(1);
    expect(new Set(seen).size).toBe(total);
  });

  it("finds the page holding an article, consistent with the ranges", () => {
    for (const [total, size] of [[1003, 15], [15, 15], [1, 10], [9164, 15]] as const) {
      for (let seq = 1; seq <= total; seq += 7) {
        const page = pageOfBoardSeq(total, seq, size);
        const range = boardSeqRange(total, page, size)!;
        expect(seq).toBeGreaterThanOrEqual(range.from);
        expect(seq).toBeLessThanOrEqual(range.to);
      }
    }
    expect(pageOfBoardSeq(9000, 9000, 15)).toBe(1);
    expect(pageOfBoardSeq(9000, 1, 15)).toBe(600);
  });

  it("has an empty board on one page", () => {
    expect(totalPages(0, 15)).toBe(1);
    expect(boardSeqRange(0, 1, 15)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { FONT_SCALE_KEY, FONT_SCALE_SCRIPT, parseFontScale, stepFontScale } from "@/lib/reading/font-scale";

describe("font scale", () => {
  it("reads only the known levels and steps within them", () => {
    expect(["", null, "7", "-2", "1.5", "x", "2"].map((v) => parseFontScale(v))).toEqual([0, 0, 0, 0, 0, 0, 2]);
    expect(stepFontScale(3, 1)).toBe(3);
    expect(stepFontScale(-1, -1)).toBe(-1);
    expect(stepFontScale(0, 1)).toBe(1);
  });

  it("applies the stored level in the inline script, marking the page as scripted", () => {
    const attributes = new Map<string, string>();
    const classes = new Set<string>();
    const documentElement = { classList: { add: (c: string) => classes.add(c) }, setAttribute: (k: string, v: string) => attributes.set(k, v) };
    const run = (stored: string | null) => {
      attributes.clear();
      new Function("document", "localStorage", FONT_SCALE_SCRIPT)({ documentElement }, { getItem: (key: string) => (key === FONT_SCALE_KEY ? stored : null) });
    };
    run("2");
    expect(classes.has("js")).toBe(true);
    expect(attributes.get("data-font-scale")).toBe("2");
    run("9");
    expect(attributes.has("data-font-scale")).toBe(false);
    run("0");
    expect(attributes.has("data-font-scale")).toBe(false);
  });
});

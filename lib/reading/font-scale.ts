// The reader's font size for article text: a level kept in localStorage and applied as
// <html data-font-scale="…"> (globals.css maps each level to --reader-scale). Per reader, so it
// never touches the cached HTML; an inline script applies it before the first paint.

export const FONT_SCALE_KEY = "ln:font-scale";
export const FONT_SCALE_MIN = -1;
export const FONT_SCALE_MAX = 3;
export const FONT_SCALE_PERCENT: Record<number, number> = { [-1]: 90, 0: 100, 1: 115, 2: 130, 3: 150 };

/** The stored level, or 0 for anything else. */
export function parseFontScale(value: string | null | undefined): number {
  if (!value || !/^-?\d$/.test(value)) return 0;
  const level = Number(value);
  return level >= FONT_SCALE_MIN && level <= FONT_SCALE_MAX ? level : 0;
}

export function stepFontScale(level: number, step: 1 | -1): number {
  return Math.min(FONT_SCALE_MAX, Math.max(FONT_SCALE_MIN, level + step));
}

/**
 * Runs in <head> before anything paints: marks the page as scripted (`html.js`, which shows the
 * controls that need JavaScript) and applies the stored font level. Kept tiny and free of
 * dependencies; a Content-Security-Policy can allow it by its hash.
 */
export const FONT_SCALE_SCRIPT = `(function(){var d=document.documentElement;d.classList.add("js");try{var v=localStorage.getItem(${JSON.stringify(FONT_SCALE_KEY)});if(v&&/^-?\\d$/.test(v)&&v>=${FONT_SCALE_MIN}&&v<=${FONT_SCALE_MAX}&&v!=="0")d.setAttribute("data-font-scale",v)}catch(e){}})();`;

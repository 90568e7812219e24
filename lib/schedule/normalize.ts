/**
 * Low-level text rules shared by the paste parser and the entry schema, so that
 * whatever the schema accepts the parser reads back the same (the round trip).
 */

/** Bullets that start a schedule item; a paste may run several items on one line. */
export const ITEM_BULLET_RE = /[▲△■□◆◇●▶►]/;
export const ITEM_START_RE = /(?=[▲△■□◆◇●▶►])/;

/** Bullets (and bullet-ish dashes or dots) allowed only at the start of an item. */
const LEADING_BULLETS_RE = /^(?:[▲△■□◆◇●▶►○◎•・･·‧∙*\-‐‑‒–—―−－] ?)+/;

/** Between time and event: hyphen, the dashes, minus, and the (full-width) tildes. */
const TIME_EVENT_SEPARATORS = "-‐‑‒–—―−－~～〜";

const FIELD_SEPARATORS = ",，、､﹐";
const OPEN_BRACKETS = "([{（［｛「『〈《【〔";
const CLOSE_BRACKETS = ")]}）］｝」』〉》】〕";

const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Drops invisible characters, turns every whitespace run (NBSP, ideographic space,
 * tabs, line breaks) into one ASCII space, and trims. Inner single spaces such as
 * `시 장` stay as written.
 */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE_RE, "").replace(/\s+/g, " ").trim();
}

export function stripLeadingBullets(text: string): string {
  return text.replace(LEADING_BULLETS_RE, "");
}

export function isTimeEventSeparator(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && TIME_EVENT_SEPARATORS.includes(char);
}

export type TimeRead =
  | { kind: "none" }
  | { kind: "allDay" }
  | { kind: "invalid"; raw: string; end: number }
  | { kind: "ok"; value: string; raw: string; end: number };

// Patterns run on a copy with ASCII digits and colon; every replacement keeps the
// string length, so match offsets apply to the original text.
const MERIDIEM_RE = /^(오전|오후|AM|PM) ?/i;
const COLON_TIME_RE = /^(\d+) ?: ?(\d+)/;
const KOREAN_TIME_RE = /^(\d+) ?시(?: ?(\d+) ?분| ?(반))?(?![가-힣])/;
const BARE_NUMBER_RE = /^\d+(?=$| |[-‐‑‒–—―−－~～〜])/;
const ALL_DAY_RE = /^(?:하루 ?)?종일|^終日/;

function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[：∶﹕]/g, ":");
}

/**
 * Reads a time at the start of cleaned text: `08:30`, `8:30`, `０８：３０`, `08시30분`,
 * `8시`, `8시 반`, with an optional `오전`/`오후` in front. Minutes in the colon form
 * need two digits (`8:5` is rejected as ambiguous).
 */
export function readTime(text: string): TimeRead {
  const t = asciiDigits(text);
  if (ALL_DAY_RE.test(t)) return { kind: "allDay" };

  const meridiemMatch = MERIDIEM_RE.exec(t);
  const meridiem = meridiemMatch?.[1]?.toUpperCase();
  const start = meridiemMatch?.[0].length ?? 0;
  const rest = t.slice(start);

  let hour: string | undefined;
  let minute: string | undefined;
  let minuteDigits: readonly number[];
  let length: number;

  const colon = COLON_TIME_RE.exec(rest);
  const korean = colon ? null : KOREAN_TIME_RE.exec(rest);
  if (colon) {
    [, hour, minute] = colon;
    minuteDigits = [2];
    length = colon[0].length;
  } else if (korean) {
    hour = korean[1];
    minute = korean[3] ? "30" : (korean[2] ?? "0");
    minuteDigits = [1, 2];
    length = korean[0].length;
  } else {
    const bare = BARE_NUMBER_RE.exec(rest);
    if (!bare) return { kind: "none" };
    const end = start + bare[0].length;
    return { kind: "invalid", raw: text.slice(0, end), end };
  }

  const end = start + length;
  const raw = text.slice(0, end);
  const value = toHourMinute(hour ?? "", minute ?? "", minuteDigits, meridiem);
  return value === null ? { kind: "invalid", raw, end } : { kind: "ok", value, raw, end };
}

function toHourMinute(
  hourText: string,
  minuteText: string,
  minuteDigits: readonly number[],
  meridiem: string | undefined,
): string | null {
  if (hourText.length < 1 || hourText.length > 2) return null;
  if (!minuteDigits.includes(minuteText.length)) return null;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59) return null;
  if (meridiem === undefined) {
    if (hour > 23) return null;
  } else {
    if (hour > 12) return null;
    const pm = meridiem === "오후" || meridiem === "PM";
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * Splits on commas (`,` `，` `、`) except inside brackets, so `간담회(시장, 의장)` stays
 * one field. A closing bracket with nothing open is ordinary text.
 */
export function splitFields(text: string): string[] {
  const fields: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (OPEN_BRACKETS.includes(char)) depth += 1;
    else if (CLOSE_BRACKETS.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && FIELD_SEPARATORS.includes(char)) {
      fields.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  fields.push(current.trim());
  return fields;
}

/** What would stop one field value from surviving format → parse unchanged. */
export function fieldProblem(text: string): "separator" | "unclosed" | { bullet: string } | null {
  const bullet = ITEM_BULLET_RE.exec(text);
  if (bullet) return { bullet: bullet[0] };
  const parts = splitFields(text);
  if (parts.length > 1) return "separator";
  let depth = 0;
  for (const char of text) {
    if (OPEN_BRACKETS.includes(char)) depth += 1;
    else if (CLOSE_BRACKETS.includes(char)) depth = Math.max(0, depth - 1);
  }
  return depth > 0 ? "unclosed" : null;
}

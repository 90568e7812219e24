// Korean particles and the Asia/Seoul calendar, without Intl (fast enough for a million rows).

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
// Whether the Korean reading of each digit ends in a consonant: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_BATCHIM = [true, true, false, true, false, false, true, true, true, false];
const DIGIT_RIEUL = [false, true, false, false, false, false, false, true, true, false];

type Final = "none" | "rieul" | "other";

function finalOf(text: string): Final {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
      const jong = (code - HANGUL_FIRST) % 28;
      return jong === 0 ? "none" : jong === 8 ? "rieul" : "other";
    }
    if (code >= 48 && code <= 57) {
      const d = code - 48;
      return DIGIT_RIEUL[d] ? "rieul" : DIGIT_BATCHIM[d] ? "other" : "none";
    }
    // Closing quotes, brackets and spaces are transparent; anything else reads as a vowel.
    if (!"”’\"')]」』 ".includes(text[i] ?? "")) return "none";
  }
  return "none";
}

/**
 * Resolves particle pairs written as `{을/를}`, `{은/는}`, `{이/가}`, `{과/와}`, `{으로/로}`,
 * `{이라고/라고}` after whatever word precedes them, so templates can take any noun.
 */
export function josa(text: string): string {
  if (!text.includes("{")) return text;
  return text.replace(/\{([^{}/]+)\/([^{}/]+)\}/g, (_m, withFinal: string, withoutFinal: string, offset: number) => {
    const final = finalOf(text.slice(0, offset));
    if (withFinal === "으로") return final === "other" ? "으로" : "로";
    return final === "none" ? withoutFinal : withFinal;
  });
}

export const DAY_MS = 86_400_000;
const KST_MS = 9 * 3_600_000;
export const WEEKDAYS_KO = ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"] as const;

/** Day number (days since 1970-01-01) of the Asia/Seoul calendar day containing `ms`. */
export function seoulDayNum(ms: number): number {
  return Math.floor((ms + KST_MS) / DAY_MS);
}

/** UTC instant of 00:00 Asia/Seoul on day `dayNum`. */
export function seoulDayStart(dayNum: number): number {
  return dayNum * DAY_MS - KST_MS;
}

export type CalendarDay = { year: number; month: number; day: number; weekday: number };

export function calendarOf(dayNum: number): CalendarDay {
  const d = new Date(dayNum * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function dayNumOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

// Solar-calendar public holidays only; the lunar ones (설날, 추석, 부처님오신날) move every year.
const FIXED_HOLIDAYS = new Set(["1-1", "3-1", "5-5", "6-6", "8-15", "10-3", "10-9", "12-25"]);

export function isHoliday(cal: CalendarDay): boolean {
  return FIXED_HOLIDAYS.has(`${cal.month}-${cal.day}`);
}

export function isWorkday(cal: CalendarDay): boolean {
  return cal.weekday !== 0 && cal.weekday !== 6 && !isHoliday(cal);
}

export function formatNumber(n: number): string {
  return n.toLocaleString("en-US");
}

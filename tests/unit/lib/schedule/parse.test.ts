import { describe, expect, it } from "vitest";
import { scheduleEntrySchema, type ScheduleLine } from "@/lib/validations/schedule-entry";
import { formatScheduleLine, formatScheduleText } from "@/lib/schedule/format";
import { scheduleMessages as m } from "@/lib/schedule/messages";
import { parseScheduleLine, parseScheduleText } from "@/lib/schedule/parse";

const entry = (
  time: string,
  event: string,
  place: string | null = null,
  attendees: string | null = null,
  department: string | null = null,
  host: string | null = null,
): ScheduleLine => ({ time, event, place, attendees, department, host });

function parseOk(line: string): ScheduleLine {
  const result = parseScheduleLine(line);
  if (!result.ok) throw new Error(`expected "${line}" to parse, got: ${result.reason}`);
  return result.entry;
}

function parseReason(line: string): string {
  const result = parseScheduleLine(line);
  if (result.ok) throw new Error(`expected "${line}" to fail, got ${JSON.stringify(result.entry)}`);
  return result.reason;
}

// The schedule excerpts of seed/reference-page.txt, verbatim (list excerpts end in "...").
const reference = {
  feb19:
    "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장 ▲ 10:00 - 지방세 심의위원회 회의, 회의실, 10명, 재정과 ▲ 14:00 - 화장품 원료사업 세미나, 화장품산업지원센터 컨퍼런스룸, 20명, 일자리경제과 ▲ 14:30 - 지리산권관광개발조합회의 임시회, 회의...",
  feb18:
    "▲ 08:30 - 간부회의, 부시장실, 4명, 행정지원과, 부시장 ▲ 11:30 - 공공의대법 통과 기원제, 국회 정문, 200명, 기획실, 시 장 ▲ 14:00 - 양성평등위원회 회의, 회의실, 15명, 여성가족과, 부시장",
  feb17:
    "▲ 08:30 - 간부회의, 부시장실, 10명, 행정지원과, 부시장 ▲ 11:00 - 중소기업육성기금 1차 심의위원회 회의, 부시장실, 10명, 기업지원과, 부시장 ▲ 12:00 - 남송회 정기모임, 관내식당, 18명, 행정지원과, 시 장 ▲ 14:00 - 제21대 국회의원선거 관련 영상회...",
  feb14:
    "▲ 08:30 - 간부회의, 시장실, 10명, 행정지원과, 시 장 ▲ 10:00 - 휴양콘도미니엄 합동 안전점검, 관내 휴양시설, 5명, 관광과 ▲ 11:00 - 춘향장학재단 장학기금 기탁식, 시장실, 3명, 교육체육과, 시 장 ▲ 11:00 - 안전점검의 날 캠페인, 시외버스터미널, 20...",
};

describe("reference page schedule excerpts", () => {
  it("2월 19일: splits four items from one line, last one truncated", () => {
    expect(parseScheduleText(reference.feb19)).toEqual({
      entries: [
        entry("08:30", "간부회의", "부시장실", "9명", "행정지원과", "부시장"),
        entry("10:00", "지방세 심의위원회 회의", "회의실", "10명", "재정과"),
        entry("14:00", "화장품 원료사업 세미나", "화장품산업지원센터 컨퍼런스룸", "20명", "일자리경제과"),
        entry("14:30", "지리산권관광개발조합회의 임시회", "회의..."),
      ],
      errors: [],
    });
  });

  it('2월 18일: keeps the space in "시 장"', () => {
    expect(parseScheduleText(reference.feb18)).toEqual({
      entries: [
        entry("08:30", "간부회의", "부시장실", "4명", "행정지원과", "부시장"),
        entry("11:30", "공공의대법 통과 기원제", "국회 정문", "200명", "기획실", "시 장"),
        entry("14:00", "양성평등위원회 회의", "회의실", "15명", "여성가족과", "부시장"),
      ],
      errors: [],
    });
  });

  it("2월 17일", () => {
    expect(parseScheduleText(reference.feb17)).toEqual({
      entries: [
        entry("08:30", "간부회의", "부시장실", "10명", "행정지원과", "부시장"),
        entry("11:00", "중소기업육성기금 1차 심의위원회 회의", "부시장실", "10명", "기업지원과", "부시장"),
        entry("12:00", "남송회 정기모임", "관내식당", "18명", "행정지원과", "시 장"),
        entry("14:00", "제21대 국회의원선거 관련 영상회..."),
      ],
      errors: [],
    });
  });

  it("2월 14일: two items at the same time stay in order", () => {
    expect(parseScheduleText(reference.feb14)).toEqual({
      entries: [
        entry("08:30", "간부회의", "시장실", "10명", "행정지원과", "시 장"),
        entry("10:00", "휴양콘도미니엄 합동 안전점검", "관내 휴양시설", "5명", "관광과"),
        entry("11:00", "춘향장학재단 장학기금 기탁식", "시장실", "3명", "교육체육과", "시 장"),
        entry("11:00", "안전점검의 날 캠페인", "시외버스터미널", "20..."),
      ],
      errors: [],
    });
  });

  it("the same items pasted one per line give the same entries", () => {
    const oneLine = parseScheduleText(reference.feb18);
    const perLine = parseScheduleText(reference.feb18.replaceAll(" ▲", "\n▲"));
    expect(perLine).toEqual(oneLine);
  });

  it("an article excerpt that merely starts with ▲ is not a schedule item", () => {
    expect(parseReason("▲주민등록 등초본을 전자증명서로 발급받는 방법 주민등록 등초본만")).toBe(m.noTime);
  });
});

describe("parseScheduleLine: accepted lines", () => {
  const full = entry("08:30", "간부회의", "부시장실", "9명", "행정지원과", "부시장");

  it.each([
    ["canonical", "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["no spaces", "▲08:30-간부회의,부시장실,9명,행정지원과,부시장"],
    ["one-digit hour, en dash", "▲ 8:30 – 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["em dash", "▲ 08:30 — 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["full-width colon, digits and hyphen", "▲ ０８：３０ － 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["full-width tilde", "▲ 08:30 ～ 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["ASCII tilde", "▲ 08:30~간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["△ bullet", "△ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["■ bullet", "■ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["- bullet", "- 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["・ bullet", "・08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["no bullet", "08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["NBSP and ideographic spaces", "▲\u00a008:30\u3000-\u3000간부회의,\u00a0부시장실,\u30009명, 행정지원과, 부시장"],
    ["runs of spaces and tabs", "  ▲   08:30   -\t간부회의 ,  부시장실 , 9명 ,   행정지원과,    부시장   "],
    ["trailing commas", "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장,,"],
    ["、 separators", "▲ 08:30 - 간부회의、부시장실、9명、행정지원과、부시장"],
    ["full-width commas", "▲ 08:30 - 간부회의，부시장실，9명，행정지원과，부시장"],
    ["zero-width space and BOM", "\ufeff▲ 08:30 -\u200b 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["Korean time", "▲ 08시30분 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["Korean time with spaces", "▲ 8시 30분 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["8시 반", "▲ 8시 반 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
    ["오전", "▲ 오전 8:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장"],
  ])("%s", (_name, line) => {
    expect(parseOk(line)).toEqual(full);
  });

  it.each([
    ["8시", "▲ 8시 - 간담회", "08:00"],
    ["오후 2시", "▲ 오후 2시 - 간담회", "14:00"],
    ["오후 12시 30분", "▲ 오후 12시 30분 - 간담회", "12:30"],
    ["오전 12시 is midnight", "▲ 오전 12시 - 간담회", "00:00"],
    ["00:00", "▲ 00:00 - 간담회", "00:00"],
    ["23:59", "▲ 23:59 - 간담회", "23:59"],
    ["full-width single digit", "▲ ９：０５ - 간담회", "09:05"],
  ])("time %s → %s", (_name, line, time) => {
    expect(parseOk(line)).toEqual(entry(time, "간담회"));
  });

  it("missing trailing fields become null", () => {
    expect(parseOk("▲ 10:00 - 지방세 심의위원회 회의, 회의실, 10명, 재정과")).toEqual(
      entry("10:00", "지방세 심의위원회 회의", "회의실", "10명", "재정과"),
    );
    expect(parseOk("▲ 10:00 - 현장 방문")).toEqual(entry("10:00", "현장 방문"));
  });

  it("an empty middle slot becomes null", () => {
    expect(parseOk("▲ 10:00 - 현장 방문, , 5명")).toEqual(entry("10:00", "현장 방문", null, "5명"));
  });

  it("keeps spaces inside names, collapsing odd whitespace to one space", () => {
    expect(parseOk("▲ 11:30 - 기원제, 국회 정문, 200명, 기획실, 시 장").host).toBe("시 장");
    expect(parseOk("▲ 11:30 - 기원제, 국회 정문, 200명, 기획실, 시\u3000장").host).toBe("시 장");
    expect(parseOk("▲ 11:30 - 기원제, 국회  정문").place).toBe("국회 정문");
  });

  it.each(["9명", "200명", "10여명", "00명", "50~60명", "９명"])('attendees "%s" kept as text', (attendees) => {
    expect(parseOk(`▲ 09:00 - 회의, 회의실, ${attendees}`).attendees).toBe(attendees);
  });

  it("commas inside brackets do not split fields", () => {
    expect(parseOk("▲ 15:00 - 간담회(시장, 의장), 시장실(2층), 5명")).toEqual(
      entry("15:00", "간담회(시장, 의장)", "시장실(2층)", "5명"),
    );
  });

  it("dashes and dots inside the event are kept", () => {
    expect(parseOk("▲ 09:00 - 코로나19 대응 - 긴급회의, ○○마을 회관")).toEqual(
      entry("09:00", "코로나19 대응 - 긴급회의", "○○마을 회관"),
    );
    expect(parseOk("▲ 14:00 - 3시간 토론회").event).toBe("3시간 토론회");
  });
});

describe("parseScheduleLine: rejected lines", () => {
  it.each([
    ["no time", "▲ 간부회의, 부시장실", m.noTime],
    ["text only", "오늘의 일정입니다", m.noTime],
    ["24:00", "▲ 24:00 - 간부회의", m.invalidTime("24:00")],
    ["25:10", "▲ 25:10 - 간부회의", m.invalidTime("25:10")],
    ["12:61", "▲ 12:61 - 간부회의", m.invalidTime("12:61")],
    ["one-digit minute", "▲ 8:5 - 간부회의", m.invalidTime("8:5")],
    ["three-digit hour", "▲ 123:00 - 간부회의", m.invalidTime("123:00")],
    ["no colon", "▲ 0830 - 간부회의", m.invalidTime("0830")],
    ["25시", "▲ 25시 - 간부회의", m.invalidTime("25시")],
    ["오후 13시", "▲ 오후 13시 - 간부회의", m.invalidTime("오후 13시")],
    ["full-width invalid time shown as written", "▲ ２５：１０ - 간부회의", m.invalidTime("２５：１０")],
    ["all day", "▲ 종일 - 도의회 임시회", m.allDay],
    ["하루 종일", "하루 종일 - 도의회 임시회", m.allDay],
    ["time range", "▲ 10:00~12:00 - 워크숍", m.timeRange("10:00~12:00")],
    ["no separator", "▲ 08:30 간부회의, 부시장실", m.noSeparator],
    ["no separator, no space", "▲ 08:30간부회의", m.noSeparator],
    ["comma instead of dash", "▲ 08:30, 간부회의", m.noSeparator],
    ["time only", "▲ 08:30", m.emptyEvent],
    ["dash but no event", "▲ 08:30 -", m.emptyEvent],
    ["empty event before fields", "▲ 08:30 - , 부시장실, 9명", m.emptyEvent],
    ["six fields", "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장, 시장", m.tooManyFields(6, 5)],
    ["two items", "▲ 08:30 - 간부회의 ▲ 10:00 - 회의", m.multipleItems],
    ["unclosed bracket", "▲ 08:30 - 간부회의(주간, 부시장실", m.unclosedBracket(m.fieldLabels.event)],
    ["blank", " \u3000 ", m.emptyLine],
  ])("%s", (_name, line, reason) => {
    expect(parseReason(line)).toBe(reason);
  });

  it("rejects lines over 500 characters", () => {
    const line = `▲ 08:30 - ${"가".repeat(289)}, ${"나".repeat(200)}`;
    expect(line).toHaveLength(501);
    expect(parseReason(line)).toBe(m.lineTooLong(501, 500));
    expect(parseOk(line.replace("가", "")).event).toHaveLength(288);
  });

  it("rejects a field over its limit", () => {
    expect(parseReason(`▲ 08:30 - 회의, ${"가".repeat(201)}`)).toBe(m.fieldTooLong(m.fieldLabels.place, 200));
  });

  it("uses the default wording the newsroom asked for", () => {
    expect(parseReason("간부회의")).toBe("시간이 없습니다");
    expect(parseReason("▲ 25:10 - 간부회의")).toBe("시각 형식이 잘못되었습니다 (25:10)");
    expect(parseReason("▲ 08:30 - ")).toBe("행사명이 없습니다");
    expect(parseReason("▲ 08:30 - a, b, c, d, e, f")).toBe("항목이 너무 많습니다 (6개, 최대 5개)");
  });
});

describe("parseScheduleText", () => {
  it("reports bad lines with 1-based line numbers and skips blank lines", () => {
    const text = [
      "[남원시 오늘의 주요일정] - 2월 19일 수요일", // 1
      "", // 2
      "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장", // 3
      "   ", // 4
      "▲ 24:00 - 야간 점검", // 5
      "▲ 10:00 지방세 심의위원회 회의", // 6
      "▲ 14:00 - 세미나, 컨퍼런스룸, 20명, 일자리경제과", // 7
      "▲ 15:00 - ", // 8
    ].join("\r\n");
    expect(parseScheduleText(text)).toEqual({
      entries: [
        entry("08:30", "간부회의", "부시장실", "9명", "행정지원과", "부시장"),
        entry("14:00", "세미나", "컨퍼런스룸", "20명", "일자리경제과"),
      ],
      errors: [
        { line: 1, text: "[남원시 오늘의 주요일정] - 2월 19일 수요일", reason: m.noTime },
        { line: 5, text: "▲ 24:00 - 야간 점검", reason: m.invalidTime("24:00") },
        { line: 6, text: "▲ 10:00 지방세 심의위원회 회의", reason: m.noSeparator },
        { line: 8, text: "▲ 15:00 -", reason: m.emptyEvent },
      ],
    });
  });

  it("reports each bad item of a run-together line with that line number", () => {
    const text = "\n\n▲ 08:30 - 간부회의 ▲ 12:61 - 오찬 ▲ 14:00 - 세미나 ▲ 15:00";
    const result = parseScheduleText(text);
    expect(result.entries).toEqual([entry("08:30", "간부회의"), entry("14:00", "세미나")]);
    expect(result.errors).toEqual([
      { line: 3, text: "▲ 12:61 - 오찬", reason: m.invalidTime("12:61") },
      { line: 3, text: "▲ 15:00", reason: m.emptyEvent },
    ]);
  });

  it("reports text before the first bullet of a line", () => {
    expect(parseScheduleText("일정: ▲ 08:30 - 간부회의").errors).toEqual([
      { line: 1, text: "일정:", reason: m.noTime },
    ]);
  });

  it("handles \\r and \\n line breaks and an empty paste", () => {
    expect(parseScheduleText("▲ 08:30 - 가\r▲ 09:00 - 나\n▲ 10:00 - 다").entries.map((e) => e.event)).toEqual([
      "가",
      "나",
      "다",
    ]);
    expect(parseScheduleText("")).toEqual({ entries: [], errors: [] });
    expect(parseScheduleText("\n \n\u3000\n")).toEqual({ entries: [], errors: [] });
  });
});

describe("formatScheduleLine", () => {
  it("writes all five fields", () => {
    expect(formatScheduleLine(entry("08:30", "간부회의", "부시장실", "9명", "행정지원과", "부시장"))).toBe(
      "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장",
    );
  });

  it("omits missing trailing fields", () => {
    expect(formatScheduleLine(entry("10:00", "지방세 심의위원회 회의", "회의실", "10명", "재정과"))).toBe(
      "▲ 10:00 - 지방세 심의위원회 회의, 회의실, 10명, 재정과",
    );
    expect(formatScheduleLine(entry("10:00", "현장 방문"))).toBe("▲ 10:00 - 현장 방문");
  });

  it("writes an empty slot for a missing middle field", () => {
    expect(formatScheduleLine(entry("10:00", "현장 방문", null, "5명"))).toBe("▲ 10:00 - 현장 방문, , 5명");
    expect(formatScheduleLine(entry("10:00", "현장 방문", null, null, null, "시 장"))).toBe(
      "▲ 10:00 - 현장 방문, , , , 시 장",
    );
  });

  it("reproduces the reference lines from their entries", () => {
    const { entries } = parseScheduleText(reference.feb18);
    expect(entries.map(formatScheduleLine).join(" ")).toBe(reference.feb18);
  });
});

describe("round trip: parse(format(x)) == x", () => {
  const tricky: ScheduleLine[] = [
    entry("08:30", "간부회의", "부시장실", "9명", "행정지원과", "부시장"),
    entry("11:30", "공공의대법 통과 기원제", "국회 정문", "200명", "기획실", "시 장"),
    entry("00:00", "현장 방문", null, "5명"),
    entry("23:59", "현장 방문", null, null, null, "시 장"),
    entry("12:00", "간담회(시장, 의장)", "시장실【2층, 대회의실】", "10여명", null, "부시장"),
    entry("09:00", "- 특강", "○○초등학교", "00명"),
    entry("09:00", "~ 3시간 토론회 ~", "「남원, 춘향」 홀", "５０명"),
    entry("14:00", "코로나19 대응 - 긴급회의", null, null, "보건소"),
  ];

  it.each(tricky.map((e) => [formatScheduleLine(e), e] as const))("%s", (_line, original) => {
    expect(scheduleEntrySchema.parse(original)).toEqual(original);
    expect(parseOk(formatScheduleLine(original))).toEqual(original);
  });

  it("holds for every reference entry", () => {
    const entries = Object.values(reference).flatMap((text) => parseScheduleText(text).entries);
    expect(entries).toHaveLength(15);
    for (const e of entries) expect(parseOk(formatScheduleLine(e))).toEqual(e);
  });

  it("holds for whole texts", () => {
    expect(parseScheduleText(formatScheduleText(tricky))).toEqual({ entries: tricky, errors: [] });
  });

  it("holds for random schema-valid entries", () => {
    const pieces = [
      ...["회의", "시 장", "(가, 나)", " ", "\u3000", "、", ",", "-", "～", "８", ":", "30", "시"],
      ...["(", ")", "「", "」", "○", "▲", "명", "종일", "오후"],
    ];
    let seed = 42;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = () => pieces[Math.floor(random() * pieces.length)];
    const text = () => Array.from({ length: Math.floor(random() * 6) }, pick).join("");
    let valid = 0;
    for (let i = 0; i < 3000; i++) {
      const minute = String(Math.floor(random() * 60)).padStart(2, "0");
      const candidate = {
        time: `${Math.floor(random() * 24)}:${minute}`,
        event: text(),
        place: text(),
        attendees: text(),
        department: text(),
        host: text(),
      };
      const parsed = scheduleEntrySchema.safeParse(candidate);
      if (!parsed.success) continue;
      valid++;
      expect(parseScheduleLine(formatScheduleLine(parsed.data))).toEqual({ ok: true, entry: parsed.data });
    }
    expect(valid).toBeGreaterThan(100);
  });
});

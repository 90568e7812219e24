/**
 * Every editor- or reader-visible Korean string of the schedule feature.
 * Another newsroom changes its wording here, and nowhere else.
 */
export const scheduleMessages = {
  fieldLabels: {
    time: "시각",
    event: "행사명",
    place: "장소",
    attendees: "인원",
    department: "부서",
    host: "참석자",
  },

  // Reasons a pasted line is rejected (shown next to its line number).
  emptyLine: "빈 줄입니다",
  noTime: "시간이 없습니다",
  invalidTime: (raw: string) => `시각 형식이 잘못되었습니다 (${raw})`,
  allDay: "종일 일정도 시작 시각을 적어 주세요 (예: ▲ 09:00 - 행사명)",
  timeRange: (raw: string) => `시간 범위(${raw})는 쓸 수 없습니다. 시작 시각만 적어 주세요`,
  noSeparator: "시각과 행사명 사이에 구분 기호(-)가 없습니다",
  emptyEvent: "행사명이 없습니다",
  tooManyFields: (count: number, max: number) => `항목이 너무 많습니다 (${count}개, 최대 ${max}개)`,
  lineTooLong: (length: number, max: number) => `줄이 너무 깁니다 (${length}자, 최대 ${max}자)`,
  multipleItems: "한 줄에 일정이 여러 개 있습니다",

  // Field checks shared by the paste parser, the editor form and the server.
  timeRequired: "시각을 적어 주세요",
  fieldTooLong: (label: string, max: number) => `${label}이(가) 너무 깁니다 (최대 ${max}자)`,
  separatorInField: (label: string) => `${label}에 쉼표를 쓰려면 괄호 안에 넣어 주세요`,
  unclosedBracket: (label: string) => `${label}의 괄호가 닫히지 않았습니다`,
  bulletInField: (label: string, bullet: string) => `${label}에 글머리 기호(${bullet})를 쓸 수 없습니다`,
  eventStartsWithTime: "행사명은 시각으로 시작할 수 없습니다",

  // Post title, e.g. "[남원시 오늘의 주요일정] - 2월 19일 수요일".
  title: (cityName: string, month: number, day: number, weekday: string) =>
    `[${cityName} 오늘의 주요일정] - ${month}월 ${day}일 ${weekday}`,
  weekdays: ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"],
} as const;

export type ScheduleMessages = typeof scheduleMessages;

// The reader-facing schedule pages (/schedule, /schedule/{date}) and the home page's block.
export const schedulePages = {
  heading: "주요일정",
  todayHeading: "오늘의 주요일정",
  empty: "이 날은 등록된 일정이 없습니다.",
  todayEmpty: "오늘은 등록된 일정이 없습니다.",
  previousDay: "이전 일정",
  nextDay: "다음 일정",
  dayNav: "일정 날짜 이동",
  readPost: "일정 기사 보기",
  allSchedules: "전체 일정 보기",
  subscribe: "캘린더 구독 (iCal)",
  description: (title: string, count: number) =>
    count > 0 ? `${title}: 일정 ${count}건` : `${title}: 등록된 일정이 없습니다`,
} as const;

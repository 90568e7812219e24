// Daily schedule posts of the demo newsroom: entries like
// `▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장`.
import type { Rng } from "./prng.ts";
import { escapeHtmlText } from "../articles/text.ts";
import { formatScheduleLine } from "../schedule/format.ts";
import type { ScheduleLine } from "../validations/schedule-entry.ts";
import { VILLAGES } from "./word-pools.ts";

export type SeedScheduleEntry = ScheduleLine;

// [event, places, attendees range, department, hosts]; "시 장" keeps the space real posts use.
const EVENTS: readonly (readonly [string, readonly string[], readonly [number, number], string, readonly string[]])[] = [
  ["지방세 심의위원회 회의", ["회의실", "소회의실"], [8, 12], "재정과", ["부시장"]],
  ["화장품 원료사업 세미나", ["화장품산업지원센터 컨퍼런스룸"], [20, 40], "일자리경제과", []],
  ["지리산권관광개발조합회의 임시회", ["회의실"], [10, 15], "관광과", ["부시장"]],
  ["공공의대법 통과 기원제", ["국회 정문"], [100, 300], "기획실", ["시 장"]],
  ["양성평등위원회 회의", ["회의실"], [10, 16], "여성가족과", ["부시장"]],
  ["중소기업육성기금 심의위원회 회의", ["부시장실"], [8, 12], "기업지원과", ["부시장"]],
  ["남송회 정기모임", ["관내식당"], [15, 20], "행정지원과", ["시 장"]],
  ["휴양콘도미니엄 합동 안전점검", ["관내 휴양시설"], [4, 8], "관광과", []],
  ["장학재단 장학기금 기탁식", ["시장실"], [3, 6], "교육체육과", ["시 장"]],
  ["안전점검의 날 캠페인", ["시외버스터미널", "전통시장 일원"], [15, 30], "안전총괄과", ["부시장"]],
  ["주간업무 보고회", ["상황실"], [30, 50], "기획예산과", ["시 장"]],
  ["시의회 임시회 본회의", ["시의회 본회의장"], [40, 60], "기획예산과", ["시 장", "부시장"]],
  ["노인대학 입학식", ["노인복지관"], [80, 150], "노인장애인과", ["시 장"]],
  ["농업인 실용교육", ["농업기술센터 대강당"], [50, 120], "농업기술센터", []],
  ["청년정책협의체 회의", ["청년센터"], [12, 20], "일자리경제과", ["부시장"]],
  ["도시재생 주민협의체 회의", ["도시재생지원센터"], [15, 25], "도시과", []],
  ["읍면동장 회의", ["소회의실"], [20, 25], "행정지원과", ["부시장"]],
  ["자매도시 교류 협의", ["시장실"], [6, 10], "기획예산과", ["시 장"]],
  ["축제 추진위원회 회의", ["회의실"], [15, 25], "관광과", ["부시장"]],
  ["민원 현장 방문", ["산내면 일원", "운봉읍 일원", "주생면 일원"], [5, 10], "민원봉사과", ["시 장"]],
  ["재난안전대책본부 영상회의", ["재난상황실"], [10, 20], "안전총괄과", ["부시장"]],
  ["지역 기업 방문 간담회", ["농공단지 입주기업"], [8, 15], "기업지원과", ["시 장"]],
  ["사랑의 헌혈 캠페인", ["시청 광장"], [30, 60], "보건소 건강증진과", []],
  ["계약심의위원회", ["소회의실"], [7, 9], "재정과", ["부시장"]],
  ["인사위원회", ["부시장실"], [7, 9], "행정지원과", ["부시장"]],
  ["새마을지도자 대회", ["실내체육관"], [300, 500], "행정지원과", ["시 장"]],
  ["방송 인터뷰", ["시장실"], [3, 5], "홍보전산과", ["시 장"]],
  ["정책자문단 회의", ["대회의실"], [20, 30], "기획예산과", ["시 장"]],
  ["선거 관련 영상회의", ["상황실"], [10, 15], "행정지원과", ["부시장"]],
  ["읍·면·동 순방 간담회", ["행정복지센터"], [30, 80], "행정지원과", ["시 장"]],
  ["전통시장 장보기 행사", ["공설시장"], [30, 50], "일자리경제과", ["시 장"]],
  ["어린이집 연합회 간담회", ["소회의실"], [12, 18], "여성가족과", ["부시장"]],
  ["귀농·귀촌인 환영식", ["농업기술센터"], [40, 70], "농업정책과", ["시 장"]],
  ["산불방지 대책회의", ["산림녹지과 회의실"], [10, 20], "산림녹지과", ["부시장"]],
  ["국·도비 확보 대책보고회", ["상황실"], [25, 40], "기획예산과", ["시 장"]],
];

const TIMES = ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "17:00", "18:00", "19:00"];

export function generateScheduleEntries(rng: Rng): SeedScheduleEntry[] {
  const count = rng.int(3, 10);
  const entries: SeedScheduleEntry[] = [];
  if (rng.chance(0.7)) {
    const mayorChairs = rng.chance(0.3);
    entries.push({
      time: "08:30",
      event: "간부회의",
      place: mayorChairs ? "시장실" : "부시장실",
      attendees: `${rng.int(4, 12)}명`,
      department: "행정지원과",
      host: mayorChairs ? "시 장" : "부시장",
    });
  }
  for (const [event, places, [lo, hi], department, hosts] of rng.sample(EVENTS, count - entries.length)) {
    let place = rng.pick(places);
    if (event === "읍·면·동 순방 간담회") place = `${rng.pick(VILLAGES)} 행정복지센터`;
    const entry: SeedScheduleEntry = {
      time: rng.pick(TIMES),
      event,
      place,
      attendees: `${rng.int(lo, hi)}명`,
      department,
      host: hosts.length > 0 ? rng.pick(hosts) : null,
    };
    // Real posts often stop early: drop trailing fields only, so the line still parses.
    const r = rng.next();
    if (r < 0.06) {
      entry.attendees = null;
      entry.department = null;
      entry.host = null;
    } else if (r < 0.12) {
      entry.department = null;
      entry.host = null;
    } else if (r < 0.22) {
      entry.host = null;
    }
    entries.push(entry);
  }
  // Stable sort keeps the 08:30 meeting first among equal times.
  return entries.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

export function scheduleBodyHtml(entries: readonly SeedScheduleEntry[]): string {
  return entries.map((e) => `<p>${escapeHtmlText(formatScheduleLine(e))}</p>`).join("");
}

// Article "frames": a title and paragraphs for one kind of local news story, filled from the
// word pools. Paragraphs are plain text; generate.ts turns them into HTML.
import type { Rng } from "./prng.ts";
import { josa, formatNumber, type CalendarDay } from "./korean.ts";
import * as wordPools from "./word-pools.ts";

export type Ctx = {
  rng: Rng;
  city: string;
  cal: CalendarDay;
  /** Day number of the publish day (for era-dependent topics). */
  dayNum: number;
  mayor: string;
  viceMayor: string;
  councilChair: string;
  /** Short bodies for the million-article scale. */
  compact: boolean;
};

export type Para = { kind: "p" | "quote"; text: string };
export type Story = { title: string; lead: string; middles: string[]; quote: string | null; extra?: Para[]; columnist?: string };

const COVID_END = Math.floor(Date.UTC(2023, 0, 1) / 86_400_000);

function phone(rng: Rng): string {
  return `063-${rng.int(620, 639)}-${rng.int(1000, 9999)}`;
}

function speaker(c: Ctx, dept?: string): string {
  const r = c.rng.next();
  if (r < 0.55) return `${c.mayor} 시장`;
  if (r < 0.7) return `${c.viceMayor} 부시장`;
  if (dept && r < 0.9) return `${c.rng.pick(["김", "이", "박", "최", "정", "강", "조", "윤"])}○○ ${dept.replace(/^보건소 /, "")}장`;
  return `시 관계자`;
}

function quote(c: Ctx, subject: string, dept?: string): string {
  const who = speaker(c, dept);
  const first = c.rng.pick([
    `${subject}{은/는} 시민의 삶과 직결된 사업인 만큼 한 치의 소홀함도 있어서는 안 된다`,
    `${subject}{을/를} 통해 시민들이 일상에서 변화를 느낄 수 있기를 바란다`,
    `${subject}{은/는} 우리 시가 한 단계 도약하는 계기가 될 것`,
    `${subject}에 보내주신 시민 여러분의 관심과 성원에 감사드린다`,
    `${subject}{은/는} 말이 아닌 행동으로 보여줄 때 그 진정성을 알 수 있다`,
  ]);
  const second = `${c.rng.pick(wordPools.QUOTE_OPENERS)} ${c.rng.pick(wordPools.QUOTE_CLOSERS)}`;
  const tail = c.rng.pick(["고 말했다", "고 밝혔다", "고 강조했다", "고 전했다"]);
  // A quote ending in a noun takes 이라며, one ending in a verb takes 며.
  const joiner = first.endsWith("것") ? "이라며" : "며";
  return josa(`${who}{은/는} “${first}”${joiner} “${second}”${tail}.`);
}

function money(rng: Rng, lo: number, hi: number): number {
  return rng.int(lo, hi);
}

function program(c: Ctx, item: (typeof wordPools.PROGRAMS)[number]): Story {
  const { rng, city, cal } = c;
  const [name, dept, target] = item;
  const budget = money(rng, 2, 60);
  const people = rng.int(3, 120) * 10;
  const title = rng.pick([
    `${city}, ${name} 본격 추진`,
    `${city}, ${cal.year}년 ${name} 신청 접수`,
    `${city}, 시민 누구나 ${name} 혜택 받으세요`,
    `${city}, ${name} 대상 확대…${formatNumber(people)}명 지원`,
    `${city} ${name}, 시민 호응 높아`,
    `${city}, ${name} 전국 우수사례 선정`,
    `${city}, ${name}에 ${budget}억원 투입`,
  ]);
  const lead = rng.pick([
    `${city}{은/는} ${cal.year}년 ${name}{을/를} 본격 추진한다고 ${cal.day}일 밝혔다.`,
    `${city}{이/가} ${target}{을/를} 대상으로 ${name}{을/를} 추진한다고 ${cal.day}일 밝혔다.`,
    `${city}{은/는} 올해 총사업비 ${budget}억원을 들여 ${name}{을/를} 확대 시행한다고 ${cal.day}일 밝혔다.`,
  ]);
  const m1 = rng.int(1, 12);
  const d1 = rng.int(1, 20);
  const middles = [
    `시에 따르면 ${name}{은/는} ${target}{을/를} 대상으로 하며, 올해 총 ${budget}억원의 예산을 투입해 ${formatNumber(people)}명 이상을 지원할 계획이다.`,
    `신청은 오는 ${m1}월 ${d1}일부터 ${d1 + rng.int(5, 10)}일까지 주소지 읍·면·동 행정복지센터나 시청 ${dept}에서 할 수 있으며, 신분증과 관련 증빙서류를 지참해야 한다.`,
    `시는 지난해 ${name}{을/를} 통해 ${formatNumber(rng.int(2, 90) * 10)}명의 시민이 혜택을 받았으며, 만족도 조사에서 ${rng.int(82, 97)}%가 '만족한다'고 답해 올해는 지원 대상과 규모를 확대했다.`,
    `특히 올해는 신청 절차를 간소화해 온라인으로도 접수할 수 있도록 하고, 거동이 불편한 시민을 위해 담당 공무원이 직접 찾아가는 방문 접수도 병행한다.`,
    `선정 결과는 ${(m1 % 12) + 1}월 중 개별 통보되며, 지원금은 서류 심사를 거쳐 순차적으로 지급된다.`,
    `시는 사업의 실효성을 높이기 위해 관계 기관과 협의체를 구성하고, 분기별로 추진 상황을 점검해 미비점을 보완해 나갈 방침이다.`,
    `자세한 사항은 ${city} 누리집 공지사항을 참고하거나 ${dept}(${phone(rng)})로 문의하면 된다.`,
    `한편 ${city}{은/는} ${name} 외에도 시민 생활과 밀접한 각종 지원사업을 상반기에 집중 추진해 정책 체감도를 높인다는 계획이다.`,
  ];
  return { title, lead, middles, quote: quote(c, name, dept) };
}

function facility(c: Ctx): Story {
  const { rng, city, cal } = c;
  const [name, dept, cost] = rng.pick(wordPools.FACILITIES);
  const village = rng.pick(wordPools.VILLAGES);
  const stage = rng.int(0, 3);
  const title = [
    `${city}, ${name} 조성 본격화…${cal.year + 2}년 준공 목표`,
    `${city} ${name} 착공…${village} 일원 ${formatNumber(rng.int(3, 40) * 1000)}㎡ 규모`,
    `${city}, ${name} 준공식 개최`,
    `${city}, ${name} 국비 ${rng.int(5, Math.max(6, Math.floor(cost / 2)))}억원 확보`,
  ][stage] as string;
  const lead = [
    `${city}{이/가} 총사업비 ${cost}억원을 들여 ${village} 일원에 ${name}{을/를} 조성한다고 ${cal.day}일 밝혔다.`,
    `${city}{은/는} ${village} 일원에서 ${name} 착공식을 열고 본격적인 공사에 들어갔다고 ${cal.day}일 밝혔다.`,
    `${city}{은/는} ${cal.day}일 ${village} 현장에서 ${c.mayor} 시장과 시의원, 주민 등 ${rng.int(8, 30) * 10}여 명이 참석한 가운데 ${name} 준공식을 개최했다.`,
    `${city}{이/가} ${name} 사업에 필요한 국비를 확보해 사업 추진에 탄력을 받게 됐다고 ${cal.day}일 밝혔다.`,
  ][stage] as string;
  const middles = [
    `${name}{은/는} 부지 면적 ${formatNumber(rng.int(3, 40) * 1000)}㎡에 지상 ${rng.int(2, 5)}층 규모로 조성되며, 시민 누구나 이용할 수 있는 편의시설과 주차장 ${rng.int(40, 300)}면을 함께 갖춘다.`,
    `시는 지난해 기본계획 수립과 실시설계를 마치고 행정안전부 지방재정 투자심사를 통과해 사업의 타당성을 인정받았다.`,
    `사업비는 국비 ${Math.round(cost * 0.4)}억원, 도비 ${Math.round(cost * 0.2)}억원, 시비 ${cost - Math.round(cost * 0.4) - Math.round(cost * 0.2)}억원으로 마련된다.`,
    `시는 공사 기간 동안 인근 주민의 불편을 최소화하기 위해 소음·분진 저감 대책을 마련하고, 주민설명회를 열어 의견을 듣기로 했다.`,
    `${name}{이/가} 완공되면 ${village}{을/를} 비롯한 인근 지역 주민들의 생활 여건이 크게 개선되고, 유동 인구 증가로 지역 상권에도 활력이 돌 것으로 기대된다.`,
    `${dept} 관계자는 "안전을 최우선으로 공사를 진행하고, 예정된 기간 안에 사업을 마무리할 수 있도록 공정 관리에 만전을 기하겠다"고 말했다.`,
    `시는 또 ${name} 운영 방안을 마련하기 위해 전문가와 시민이 참여하는 운영위원회를 구성할 계획이다.`,
  ];
  return { title, lead, middles, quote: quote(c, name, dept) };
}

function agreement(c: Ctx): Story {
  const { rng, city, cal } = c;
  const org = rng.pick(wordPools.ORGS);
  const topic = rng.pick(["지역 일자리 창출", "취약계층 안전망 강화", "탄소중립 실천", "청년 정착 지원", "지역 농산물 소비 촉진", "홀몸 어르신 돌봄", "생활체육 활성화", "디지털 격차 해소"]);
  const title = rng.pick([`${city}-${org}, ${topic} 업무협약 체결`, `${city}, ${org}{과/와} ${topic} 맞손`, `${city}·${org}, ${topic} 위해 손잡았다`]);
  const lead = `${city}{은/는} ${cal.day}일 시청 시장실에서 ${org}{과/와} ${topic}{을/를} 위한 업무협약을 체결했다고 밝혔다.`;
  const middles = [
    `이날 협약식에는 ${c.mayor} 시장과 ${org} 관계자 등 ${rng.int(6, 20)}명이 참석해 협약서에 서명하고 상호 협력을 다짐했다.`,
    `협약에 따라 두 기관은 ${topic}{을/를} 위한 공동사업을 발굴하고, 인적·물적 자원을 공유하며, 정기적인 실무협의회를 운영하기로 했다.`,
    `특히 ${org}{은/는} 올해 ${rng.int(3, 30)}억원 규모의 사업비를 투입해 관내 ${rng.pick(wordPools.VILLAGES)}{을/를} 시작으로 시범사업을 추진할 예정이다.`,
    `시는 이번 협약이 지역 사회의 현안을 함께 해결하는 민관 협력의 모범 사례가 될 것으로 기대하고 있다.`,
    `두 기관은 앞으로 협약 내용을 구체화하기 위한 세부 실행계획을 수립하고, 하반기부터 본격적인 사업에 들어간다.`,
  ];
  return { title, lead, middles, quote: quote(c, "이번 협약") };
}

function donation(c: Ctx): Story {
  const { rng, city, cal } = c;
  const org = rng.pick([...wordPools.ORGS, ...wordPools.COMPANIES]);
  const gift = rng.pick(wordPools.DONATIONS);
  const amount = rng.int(3, 50) * 100;
  const title = rng.pick([`${org}, ${city}에 ${gift} 기탁`, `${org}, 어려운 이웃 위해 ${gift} 전달`, `"따뜻한 나눔" ${org}, ${gift} 기탁`]);
  const lead = `${org}{이/가} 어려운 이웃을 위해 써 달라며 ${city}에 ${gift}{을/를} 기탁했다고 ${cal.day}일 밝혔다.`;
  const middles = [
    `이날 전달식은 시장실에서 ${c.mayor} 시장과 ${org} 관계자 등이 참석한 가운데 열렸으며, 기탁된 ${gift}{은/는} ${formatNumber(amount)}만원 상당이다.`,
    `${org}{은/는} 매년 명절과 연말마다 지역 사회에 나눔을 실천해 왔으며, 임직원들이 직접 봉사활동에 나서는 등 지역 공헌에 앞장서고 있다.`,
    `기탁된 물품은 ${city} 사회복지협의회를 통해 관내 기초생활수급자와 홀로 사는 어르신 등 ${rng.int(10, 60) * 10}가구에 전달될 예정이다.`,
    `${org} 대표는 "작은 정성이지만 이웃들이 조금이나마 따뜻하게 지내는 데 보탬이 되었으면 한다"고 말했다.`,
  ];
  return { title, lead, middles, quote: quote(c, "나눔") };
}

function council(c: Ctx): Story {
  const { rng, city, cal } = c;
  const member = rng.pick(wordPools.COUNCIL_MEMBERS);
  const committee = rng.pick(wordPools.COMMITTEES);
  const session = rng.int(230, 290);
  const kind = rng.int(0, 4);
  const issue = rng.pick(["인구 감소 대응 특단의 대책 마련해야", "농촌 버스 노선 개편 서둘러야", "공공의대 설립 약속 지켜야", "소상공인 지원 실효성 높여야", "청년 일자리 정책 전면 재검토해야", "관광 활성화 위한 체류형 콘텐츠 늘려야"]);
  const ordinance = rng.pick(["청년 기본", "노인 돌봄 지원", "소상공인 보호", "자전거 이용 활성화", "공공시설 개방 및 이용", "반려동물 보호"]);
  const facilityName = rng.pick(wordPools.FACILITIES)[0];
  const title = [
    `${city}의회, 제${session}회 임시회 개회…${rng.int(5, 12)}일간 일정 돌입`,
    `${city}의회 ${member} 의원, "${issue}" 5분 자유발언`,
    `${city}의회 ${committee}, ${facilityName} 현장 점검`,
    `${city}의회, '${city} ${ordinance} 조례안' 원안 가결`,
    `${city}의회, ${cal.year}년도 행정사무감사 마무리`,
  ][kind] as string;
  const lead = [
    `${city}의회(의장 ${c.councilChair}){이/가} ${cal.day}일 제${session}회 임시회를 열고 의사일정에 들어갔다.`,
    `${city}의회 ${member} 의원이 ${cal.day}일 열린 제${session}회 임시회 본회의에서 5분 자유발언을 통해 "${issue} 한다"고 촉구했다.`,
    `${city}의회 ${committee}{이/가} ${cal.day}일 ${facilityName} 사업 현장을 방문해 추진 상황을 점검했다.`,
    `${city}의회는 ${cal.day}일 본회의를 열고 ${member} 의원이 대표 발의한 '${city} ${ordinance} 조례안'을 원안 가결했다.`,
    `${city}의회가 ${cal.day}일 ${rng.int(7, 10)}일간의 행정사무감사를 마무리하고 시정 전반에 대한 개선 요구사항을 집행부에 전달했다.`,
  ][kind] as string;
  const middles = [
    `이번 회기에서는 ${rng.pick(["추가경정예산안", "조례안 및 동의안", "시정 질문", "주요 업무 보고"])} 등 모두 ${rng.int(12, 35)}건의 안건을 심사할 예정이다.`,
    `${member} 의원은 "시민의 눈높이에 맞는 정책이 필요하다"며 "집행부는 현장의 목소리를 듣고 구체적인 실행계획을 내놓아야 한다"고 강조했다.`,
    `의원들은 공사 현장의 안전관리 실태와 예산 집행 상황 등을 꼼꼼히 살피고, 관계 공무원에게 주민 불편을 최소화할 것을 당부했다.`,
    `조례안은 시장이 관련 시책을 5년마다 수립·시행하고, 필요한 경우 예산의 범위에서 사업비를 지원할 수 있도록 하는 내용을 담고 있다.`,
    `${committee}{은/는} 이번 감사에서 모두 ${rng.int(40, 120)}건의 시정·건의 사항을 지적했으며, 집행부는 조치 결과를 의회에 보고해야 한다.`,
    `${c.councilChair} 의장은 "의회는 시민의 대변자로서 집행부를 견제하고 감시하는 본연의 역할에 충실하겠다"고 밝혔다.`,
  ];
  return { title, lead, middles, quote: null };
}

function school(c: Ctx): Story {
  const { rng, city, cal } = c;
  const sch = rng.pick(wordPools.SCHOOLS);
  const kind = rng.int(0, 3);
  const [achievement, achievementLead] = rng.pick([
    ["전국 과학탐구대회 금상 수상", "전국 과학탐구대회에서 금상을 받았다"],
    ["학생 오케스트라 정기연주회 개최", "시민문화회관에서 학생 오케스트라 정기연주회를 열었다"],
    ["지역 어르신과 세대공감 행사 열어", "인근 경로당 어르신들을 초청해 세대공감 행사를 열었다"],
    ["전국 소년체전 메달 획득", "전국소년체육대회에서 메달을 따냈다"],
    ["독서토론대회 최우수상 수상", "전국 청소년 독서토론대회에서 최우수상을 받았다"],
  ] as const);
  const budget = rng.int(8, 30);
  const title = [
    `${sch}, ${achievement}`,
    `${city}, 관내 초·중·고에 교육경비 ${budget}억원 지원`,
    `${city} 장학재단, 장학생 ${rng.int(60, 200)}명에 장학금 전달`,
    `${city}, 방학 중 청소년 진로체험 프로그램 운영`,
  ][kind] as string;
  const lead = [
    `${city} ${sch} 학생들이 ${achievementLead}. 학교 측은 ${cal.day}일 이 같은 소식을 전하며 학생들의 노력을 격려했다.`,
    `${city}{은/는} 올해 관내 초·중·고등학교에 교육경비 보조금 ${budget}억원을 지원한다고 ${cal.day}일 밝혔다.`,
    `${city} 장학재단은 ${cal.day}일 시청 대회의실에서 장학증서 수여식을 열고 성적 우수 및 저소득층 학생들에게 장학금을 전달했다.`,
    `${city}{이/가} 방학을 맞은 청소년들에게 다양한 직업 세계를 경험할 기회를 제공하기 위해 진로체험 프로그램을 운영한다.`,
  ][kind] as string;
  const middles = [
    `교육경비는 학교별 특색 사업과 방과후 프로그램, 원어민 영어 교실, 급식 환경 개선 등에 쓰이며, 학교 규모와 학생 수에 따라 차등 지원된다.`,
    `학교 관계자는 "학생들이 스스로 목표를 세우고 끝까지 도전한 결과"라며 "앞으로도 학생들의 꿈을 키울 수 있도록 아낌없이 지원하겠다"고 말했다.`,
    `장학재단은 지난 ${rng.int(10, 25)}년 동안 모두 ${formatNumber(rng.int(20, 60) * 100)}여 명의 학생에게 장학금을 지급해 지역 인재 육성에 힘써 왔다.`,
    `프로그램은 드론 조종, 제과제빵, 영상 제작, 소방관 체험 등 ${rng.int(10, 25)}개 과정으로 구성되며, 참가비는 무료다.`,
    `시는 한빛교육지원청과 협력해 교육 격차를 줄이고, 학부모가 안심하고 아이를 키울 수 있는 교육 환경을 만드는 데 힘쓰기로 했다.`,
    `참가를 원하는 학생은 ${rng.int(1, 28)}일까지 ${city} 누리집이나 교육체육과로 신청하면 된다.`,
  ];
  return { title, lead, middles, quote: quote(c, "미래 인재 육성", "교육체육과") };
}

function festival(c: Ctx): Story {
  const { rng, city, cal } = c;
  const kind = rng.int(0, 4);
  const fest = rng.pick(wordPools.FESTIVALS);
  const venue = rng.pick(wordPools.VENUES);
  const exhibition = rng.pick(wordPools.EXHIBITIONS);
  const spot = rng.pick(wordPools.TOURIST_SPOTS);
  const visitors = rng.int(3, 40);
  const title = [
    `${fest}, ${cal.day}일 ${venue}서 개막`,
    `${cal.year} ${fest} ${visitors}만 명 다녀가…역대 최다`,
    `${city}, '${exhibition}' ${venue}서 개최`,
    `${spot}, 가을 여행지로 인기`,
    `${city}, '${spot}' 야간 관광 프로그램 운영`,
  ][kind] as string;
  const lead = [
    `'${fest}'{이/가} ${cal.day}일 ${venue}에서 개막해 ${rng.int(3, 5)}일간의 일정에 들어갔다.`,
    `올해 '${fest}'에 ${visitors}만 명이 넘는 관광객이 다녀가 역대 최다 방문객을 기록했다고 ${city}{이/가} ${cal.day}일 밝혔다.`,
    `${city}{은/는} ${cal.day}일부터 다음 달 ${rng.int(1, 28)}일까지 ${venue}에서 '${exhibition}'{을/를} 연다.`,
    `${city}의 대표 관광지인 ${spot}{이/가} 가을 여행지로 입소문을 타면서 주말마다 관광객들로 북적이고 있다.`,
    `${city}{이/가} ${spot}에서 야간 경관 조명과 버스킹 공연을 곁들인 야간 관광 프로그램을 운영한다고 ${cal.day}일 밝혔다.`,
  ][kind] as string;
  const middles = [
    `개막식에는 ${c.mayor} 시장을 비롯해 도·시의원, 관광객 등 ${formatNumber(rng.int(5, 30) * 100)}여 명이 참석해 축제의 시작을 함께 축하했다.`,
    `행사 기간에는 전통 공연과 체험 부스, 지역 농특산물 판매장, 푸드트럭 등이 운영돼 가족 단위 방문객들의 발길을 붙잡았다.`,
    `이번 전시에는 지역 작가 ${rng.int(15, 60)}명이 참여해 회화와 공예, 사진 등 ${rng.int(60, 200)}여 점의 작품을 선보인다.`,
    `관람료는 무료이며, 월요일은 휴관한다. 단체 관람은 ${rng.pick(["문화예술과", "관광과"])}로 미리 예약하면 해설사의 안내를 받을 수 있다.`,
    `시는 관광객 증가에 대비해 임시 주차장 ${rng.int(3, 8)}곳을 마련하고 셔틀버스를 운행하는 등 교통 대책을 세웠다.`,
    `축제장 주변 식당과 숙박업소, 전통시장 상인들은 모처럼 찾아온 손님들로 활기를 되찾았다며 반가움을 감추지 않았다.`,
    `시는 축제 결과를 분석해 내년에는 체류형 프로그램을 늘리고, 관광객 편의시설을 보강할 계획이다.`,
  ];
  return { title, lead, middles, quote: quote(c, fest, "관광과") };
}

function marketSeason(month: number): string {
  if (month <= 2) return "설맞이";
  if (month === 5) return "가정의 달";
  if (month === 9 || month === 10) return "추석맞이";
  if (month >= 11) return "김장철";
  return "주말";
}

function economy(c: Ctx): Story {
  const { rng, city, cal } = c;
  const kind = rng.int(0, 3);
  const company = rng.pick(wordPools.COMPANIES);
  const product = rng.pick(wordPools.PRODUCTS);
  const amount = rng.int(30, 800);
  const jobs = rng.int(20, 250);
  const title = [
    `${city}, ${company}{과/와} ${amount}억원 규모 투자협약`,
    `${product}, 미국·동남아 수출길 올라`,
    `${city} 전통시장, ${marketSeason(cal.month)} 장보기 행사`,
    `${city}, 올해 ${product} 판매액 ${rng.int(10, 200)}억원 돌파`,
  ][kind] as string;
  const lead = [
    `${city}{은/는} ${cal.day}일 시청에서 ${company}{과/와} ${amount}억원 규모의 투자협약을 체결했다고 밝혔다.`,
    `${city}의 대표 농특산물인 ${product}{이/가} 해외 시장 개척에 나섰다. 시는 ${cal.day}일 ${product} ${rng.int(10, 80)}t을 미국과 베트남 등지로 첫 선적했다고 밝혔다.`,
    `${city}{은/는} 지역 상권 활성화를 위해 관내 전통시장에서 ${c.mayor} 시장과 공무원 등이 참여한 가운데 장보기 행사를 열었다고 ${cal.day}일 밝혔다.`,
    `${city}의 ${product} 온·오프라인 판매액이 올해 처음으로 큰 폭의 성장세를 기록했다고 시가 ${cal.day}일 밝혔다.`,
  ][kind] as string;
  const middles = [
    `협약에 따라 ${company}{은/는} 농공단지 내 ${formatNumber(rng.int(5, 30) * 1000)}㎡ 부지에 생산 공장을 신설하고, ${jobs}명의 지역 주민을 신규 채용할 계획이다.`,
    `시는 인허가 등 행정 절차를 신속히 처리하고, 투자보조금 지원과 인력 채용 연계 등 기업이 조기에 정착할 수 있도록 적극 돕기로 했다.`,
    `이번 수출은 지난해 해외 바이어 초청 상담회에서 맺은 계약에 따른 것으로, 시는 현지 판촉 행사와 온라인 마케팅을 병행해 판로를 넓혀 나갈 방침이다.`,
    `이날 참가자들은 시장 곳곳을 돌며 제수용품과 생필품을 구입하고, 상인들의 애로사항을 들었다.`,
    `시는 전통시장 이용을 장려하기 위해 지역화폐 한빛사랑상품권 할인율을 ${rng.int(5, 10)}%로 높이고, 주차장 이용 시간을 연장하기로 했다.`,
    `특히 온라인 쇼핑몰과 라이브커머스 판매가 늘면서 젊은 소비층의 관심도 높아지고 있다고 시는 설명했다.`,
    `시 관계자는 "지역 경제에 활력을 불어넣을 수 있도록 기업 유치와 판로 확대에 행정력을 모으겠다"고 말했다.`,
  ];
  return { title, lead, middles, quote: quote(c, "지역경제 활성화", "일자리경제과") };
}

function safety(c: Ctx): Story {
  const { rng, city, cal } = c;
  const [topic, dept] = rng.pick(wordPools.SAFETY_TOPICS);
  const title = rng.pick([`${city}, ${topic} 추진`, `${city}, ${topic}에 총력`, `${city}, ${topic} 위해 민관 합동 점검`, `${city}, ${topic}…시민 안전 지킨다`]);
  const lead = `${city}{이/가} 시민의 안전을 위해 ${topic}{을/를} 추진한다고 ${cal.day}일 밝혔다.`;
  const middles = [
    `시는 ${dept}{을/를} 중심으로 읍·면·동과 소방서, 경찰서 등 관계 기관이 참여하는 합동 대응반을 꾸리고, 취약 지역을 중심으로 현장 점검에 나섰다.`,
    `점검 대상은 다중이용시설과 노후 건축물, 급경사지 등 ${rng.int(40, 200)}곳으로, 위험 요소가 발견되면 즉시 보수하거나 사용을 제한할 방침이다.`,
    `또 마을 방송과 문자 메시지, 사회관계망서비스(SNS) 등을 통해 시민 행동요령을 집중 홍보하고 있다.`,
    `지난해에는 사전 점검과 신속한 대응으로 인명 피해가 한 건도 발생하지 않았으며, 시는 올해도 같은 성과를 거둘 수 있도록 대비 태세를 강화했다.`,
    `시민들은 생활 주변에서 위험 요소를 발견하면 안전신문고 앱이나 ${dept}(${phone(rng)})로 신고하면 된다.`,
  ];
  return { title, lead, middles, quote: quote(c, "시민의 안전", dept) };
}

function covid(c: Ctx): Story {
  const { rng, city, cal } = c;
  const title = rng.pick([
    `${city}, "코로나19" 24시간 철통 방호`,
    `${city}, 코로나19 피해 소상공인에 재난지원금 지급`,
    `${city}, 코로나19 예방접종 추가 접종 시작`,
    `${city}, 코로나19 선별진료소 운영 시간 연장`,
  ]);
  const lead = `${city}{이/가} 신종 코로나바이러스감염증(코로나19) 확산 방지와 시민 불안 해소를 위해 총력 대응에 나서고 있다고 ${cal.day}일 밝혔다.`;
  const middles = [
    `시는 보건소를 중심으로 24시간 비상 방역 체계를 유지하고, 다중이용시설에 대한 방역 수칙 이행 여부를 집중 점검하고 있다.`,
    `코로나19로 매출이 줄어든 소상공인에게는 업체당 ${rng.int(50, 200)}만원의 재난지원금을 지급하며, 신청은 ${rng.int(1, 28)}일까지 온라인과 방문으로 받는다.`,
    `예방접종은 관내 위탁의료기관 ${rng.int(15, 40)}곳에서 받을 수 있으며, 거동이 불편한 어르신은 방문 접종팀이 직접 찾아간다.`,
    `시는 시민들에게 마스크 착용과 손 씻기 등 개인 방역 수칙을 꼭 지켜 달라고 당부했다.`,
  ];
  return { title, lead, middles, quote: quote(c, "방역", "보건소 건강증진과") };
}

function publicMedicalSchool(c: Ctx): Story {
  const { rng, city, cal } = c;
  const title = rng.pick([
    `${city}, 국회서 "공공의대법 국회통과 촉구" 기원제`,
    `${city} 시민들, 공공의대법 조속 통과 촉구 서명부 전달`,
    `공공의대법 국회 상임위 상정…${city} "환영"`,
    `${city}의회, 공공의대법 제정 촉구 결의안 채택`,
    `"국립 공공의대 설립 약속 지켜야"…${city} 범시민대책위 공공의대법 처리 촉구`,
  ]);
  const lead = `${city} 시민들이 ${cal.day}일 국회 정문 앞에서 국립 공공보건의료대학 설립 및 운영에 관한 법률(이하 공공의대법)의 조속한 국회 통과를 촉구했다.`;
  const middles = [
    `이날 행사에는 국립 공공보건의료대학 설립을 위한 범시민대책위원회 회원과 ${city}향교 유생, 시민 등 ${rng.int(100, 300)}여 명이 참석했다.`,
    `공공의대법은 의료 취약지에서 일할 공공보건의료 인력을 국가가 직접 양성하기 위한 법안으로, 폐교된 대학의 정원을 활용해 ${city}에 국립 공공의대를 세우는 내용을 담고 있다.`,
    `참석자들은 "지역 의료 공백을 메우기 위해 공공의대법은 더 이상 미룰 수 없는 과제"라며 여야 모두에게 법안 처리를 호소했다.`,
    `시는 공공의대법이 통과되면 지역 의료 서비스 개선은 물론 인구 유입과 지역 경제 활성화에도 큰 도움이 될 것으로 기대하고 있다.`,
    `${city}{은/는} 앞으로도 시민단체, 의회와 함께 공공의대 유치를 위한 활동을 이어갈 계획이다.`,
  ];
  return { title, lead, middles, quote: quote(c, "공공의대 설립", "기획예산과") };
}

function civic(c: Ctx): Story {
  const { rng, city, cal } = c;
  const village = rng.pick(wordPools.VILLAGES);
  const kind = rng.int(0, 2);
  const title = [
    `${c.mayor} ${city}장, ${village} 주민과 현장 소통 간담회`,
    `${city}, ${village} 주민자치회 출범`,
    `${city}, 민원 처리 기간 평균 ${rng.int(2, 4)}일 단축`,
  ][kind] as string;
  const lead = [
    `${c.mayor} ${city}장이 ${cal.day}일 ${village} 행정복지센터를 찾아 주민들과 현장 소통 간담회를 가졌다.`,
    `${city} ${village} 주민자치회가 ${cal.day}일 발대식을 갖고 본격적인 활동에 들어갔다.`,
    `${city}{이/가} 민원 처리 절차를 개선한 결과 인허가 민원의 평균 처리 기간이 크게 줄었다고 ${cal.day}일 밝혔다.`,
  ][kind] as string;
  const middles = [
    `이날 간담회에서 주민들은 마을 안길 포장과 농로 정비, 경로당 보수 등 생활 밀착형 건의사항 ${rng.int(10, 30)}건을 전달했다.`,
    `${c.mayor} 시장은 건의사항을 하나하나 메모하며 "현장에서 바로 해결할 수 있는 것은 즉시 처리하고, 예산이 필요한 사업은 우선순위를 정해 반영하겠다"고 약속했다.`,
    `주민자치회는 위원 ${rng.int(20, 40)}명으로 구성됐으며, 마을 의제를 직접 발굴하고 주민총회를 통해 사업을 결정하는 등 실질적인 주민자치를 실현하게 된다.`,
    `시는 민원 서류 사전 검토제와 부서 간 협업 시스템을 도입해 처리 기간을 줄였으며, 시민 만족도도 지난해보다 ${rng.int(3, 12)}%포인트 높아졌다.`,
    `시는 앞으로도 시민 의견을 적극 수렴해 정책에 반영하고, 현장 중심의 행정을 펼쳐 나갈 계획이다.`,
  ];
  return { title, lead, middles, quote: quote(c, "주민 자치") };
}

const OPINION_TOPICS = [
  "지방소멸 시대, 우리 도시의 해법은",
  "공공의대 설립, 더는 미룰 수 없다",
  "골목상권을 살리는 길",
  "청년이 돌아오는 도시를 꿈꾸며",
  "친절행정, 말보다 행동으로",
  "기후위기, 지역에서 먼저 움직여야",
  "전통시장의 내일을 묻는다",
  "작은 도서관이 마을을 바꾼다",
  "농촌 버스, 주민의 발이 되려면",
  "축제는 끝나도 관광은 남아야 한다",
];

function opinion(c: Ctx): Story {
  const { rng, city } = c;
  const topic = rng.pick(OPINION_TOPICS);
  const [name, role] = rng.pick(wordPools.COLUMNISTS);
  const kind = rng.pick(["기고", "칼럼", "사설", "시론"]);
  const title = `[${kind}] ${topic}`;
  const lead = rng.pick([
    `요즘 ${city}{을/를} 걷다 보면 문을 닫은 가게가 부쩍 눈에 띈다. 통계를 들추지 않더라도 지역이 겪는 변화는 이미 우리 일상 깊숙이 들어와 있다.`,
    `"${topic.replace(/[,…].*$/, "")}"라는 물음은 더 이상 전문가들만의 것이 아니다. 시민 한 사람 한 사람이 답을 찾아야 할 때다.`,
    `지난 몇 년간 ${city}{은/는} 숱한 계획과 약속을 내놓았다. 이제는 그 약속이 시민의 삶에서 어떤 열매를 맺었는지 돌아볼 때다.`,
  ]);
  const middles = [
    `문제는 방향이 아니라 속도와 실행이다. 좋은 정책도 현장에 닿지 못하면 종이 위의 계획에 그친다.`,
    `다른 지역의 성공 사례를 그대로 옮겨 오는 것으로는 부족하다. 우리 도시의 사람과 자원, 역사에 맞는 해법을 찾아야 한다.`,
    `행정은 시민을 정책의 대상이 아니라 동반자로 대해야 한다. 계획 단계부터 주민이 참여하는 구조를 만들 때 신뢰가 쌓인다.`,
    `예산이 한정된 만큼 선택과 집중이 필요하다. 보여주기식 행사보다 시민의 일상을 바꾸는 작은 사업에 먼저 투자해야 한다.`,
    `의회와 언론의 역할도 중요하다. 견제와 감시가 제대로 작동해야 정책이 길을 잃지 않는다.`,
    `결국 도시의 미래는 그 도시에 사는 사람들이 만든다. 지금 우리가 내리는 선택이 10년 뒤 ${city}의 모습을 결정할 것이다.`,
  ];
  const extra: Para[] = [
    { kind: "quote", text: rng.pick(["“도시는 사람이 만들고, 사람은 도시가 키운다.”", "“가장 지역적인 것이 가장 세계적인 것이다.”", "“정책은 현장에서 완성된다.”"]) },
  ];
  return { title, lead, middles, quote: null, extra, columnist: kind === "사설" ? "논설위원실" : `${name} ${role}` };
}

export type BoardFrame = (c: Ctx) => Story;

function programFor(board: string): BoardFrame {
  const items = wordPools.PROGRAMS.filter((p) => p[3] === board);
  const pool = items.length > 0 ? items : wordPools.PROGRAMS;
  return (c) => program(c, c.rng.pick(pool));
}

// Frames and their weights, per news board. Covid stories only run before 2023.
export const FRAMES: Record<string, readonly (readonly [BoardFrame, number])[]> = {
  news: [[programFor("news"), 4], [facility, 3], [agreement, 2], [civic, 3], [safety, 1], [(c) => program(c, c.rng.pick(wordPools.PROGRAMS)), 2]],
  council: [[council, 1]],
  education: [[school, 4], [programFor("education"), 2]],
  culture: [[festival, 1]],
  economy: [[economy, 4], [programFor("economy"), 3], [agreement, 1]],
  society: [[safety, 3], [programFor("society"), 3], [donation, 2], [covid, 2]],
  opinion: [[opinion, 1]],
};

export function pickFrame(c: Ctx, board: string): BoardFrame {
  const frames = FRAMES[board] ?? FRAMES.news;
  if (!frames) throw new Error("no frames");
  const usable = c.dayNum < COVID_END ? frames : frames.filter(([f]) => f !== covid);
  return c.rng.weighted(usable);
}

export { publicMedicalSchool };

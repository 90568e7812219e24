// The demo newsroom as data, without a database: boards, users and a chronological stream of
// articles. A pure function of (seed, now, articles, city): same inputs, same content.
import { createRng, type Rng } from "./prng.ts";
import { htmlToText, makeExcerpt, escapeHtml, escapeHtmlText } from "../articles/text.ts";
import { josa, seoulDayNum, seoulDayStart, calendarOf, dayNumOf, isoDay, isWorkday, isHoliday, DAY_MS } from "./korean.ts";
import { pickFrame, publicMedicalSchool, type Ctx, type Para, type Story } from "./frames.ts";
import { generateScheduleEntries, scheduleBodyHtml, type SeedScheduleEntry } from "./schedule.ts";
import { scheduleTitle } from "../schedule/title.ts";
import { REPORTERS, SCENES, QUOTE_OPENERS, QUOTE_CLOSERS } from "./word-pools.ts";

export const DEFAULT_ARTICLES = 3_700;
export const DEFAULT_SEED = 20_200_219;
/** Distinct generated photos; articles reuse them, which keeps seeding fast. */
export const SEED_IMAGE_COUNT = 24;
/** Above this many articles, bodies get shorter (still real sentences) to keep the load fast. */
export const COMPACT_THRESHOLD = 100_000;

export type BoardKind = "NEWS" | "SCHEDULE" | "NOTICE";
export type BoardDef = { slug: string; name: string; kind: BoardKind; description: string; sortOrder: number; pageSize: number };

export const BOARDS: readonly BoardDef[] = [
  { slug: "news", name: "행정", kind: "NEWS", description: "시정 소식과 행정 뉴스", sortOrder: 1, pageSize: 15 },
  { slug: "council", name: "의회", kind: "NEWS", description: "시의회 소식", sortOrder: 2, pageSize: 15 },
  { slug: "education", name: "교육", kind: "NEWS", description: "학교와 교육 소식", sortOrder: 3, pageSize: 15 },
  { slug: "culture", name: "문화·관광", kind: "NEWS", description: "축제, 공연, 전시와 관광 소식", sortOrder: 4, pageSize: 15 },
  { slug: "economy", name: "경제", kind: "NEWS", description: "일자리, 기업, 농업과 전통시장", sortOrder: 5, pageSize: 15 },
  { slug: "society", name: "사회", kind: "NEWS", description: "안전, 복지와 시민 생활", sortOrder: 6, pageSize: 15 },
  { slug: "opinion", name: "오피니언", kind: "NEWS", description: "사설, 칼럼과 기고", sortOrder: 7, pageSize: 15 },
  { slug: "schedule", name: "주요일정", kind: "SCHEDULE", description: "시장·부시장과 부서의 오늘의 주요일정", sortOrder: 8, pageSize: 15 },
  { slug: "notice", name: "공지사항", kind: "NOTICE", description: "운영 공지", sortOrder: 9, pageSize: 15 },
];

const NEWS_BOARD_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 30], [1, 9], [2, 9], [3, 14], [4, 14], [5, 18], [6, 6],
];
const SCHEDULE_BOARD = 7;
const NOTICE_BOARD = 8;
const PHOTO_SHARE = [0.16, 0.1, 0.15, 0.3, 0.15, 0.12, 0];

export type DemoUserKey = "admin" | "editor" | "reporter";
export const DEMO_USERS: readonly { loginId: DemoUserKey; displayName: string; role: "ADMIN" | "EDITOR" | "REPORTER" }[] = [
  { loginId: "admin", displayName: "관리자", role: "ADMIN" },
  { loginId: "editor", displayName: "정다은", role: "EDITOR" },
  { loginId: "reporter", displayName: "이하늘", role: "REPORTER" },
];

export type ImageRef = { id: number; src: string; width: number; height: number; alt: string; caption: string };

export type GenOptions = {
  articles: number;
  seed: number;
  now: Date;
  city: string;
  siteName: string;
  /** Photos to place in articles (index i = generated image i); placeholders when absent. */
  images?: readonly ImageRef[];
};

export type GenArticle = {
  /** 1-based position in the stream (= id order: published ones by publishedAt). */
  ordinal: number;
  boardIndex: number;
  title: string;
  body: string;
  bodyText: string;
  excerpt: string;
  status: "PUBLISHED" | "DRAFT";
  authorName: string;
  author: DemoUserKey | null;
  /** Index into the generated images, or null. */
  imageIndex: number | null;
  pinned: boolean;
  viewCount: number;
  boardSeq: number | null;
  publishedAt: Date | null;
  createdAt: Date;
  editedAt: Date;
  schedule: { day: string; entries: SeedScheduleEntry[] } | null;
  /** [YYYY-MM-DD, views] for the last 30 days, for the editor's chart. */
  dailyViews: [string, number][];
};

export type Plan = { total: number; news: number; schedule: number; notices: number; drafts: number; pinned: number };

export function planCounts(total: number, scheduleDaysAvailable: number): Plan {
  const t = Math.max(20, Math.floor(total));
  const drafts = 4;
  const notices = Math.min(12, Math.max(4, Math.round(t / 300)));
  const schedule = Math.min(scheduleDaysAvailable, Math.round(t / 6));
  return { total: t, news: t - drafts - notices - schedule, schedule, notices, drafts, pinned: Math.min(3, notices - 1) };
}

const NOTICES: readonly { title: string; paragraphs: string[] }[] = [
  {
    title: "[공지] 기사 제보 및 보도자료 접수 안내",
    paragraphs: [
      "{site}은 시민 여러분의 제보를 기다립니다. 생활 주변의 불편 사항, 미담, 행사 소식 등 무엇이든 알려 주세요.",
      "제보와 보도자료는 전자우편이나 전화로 받으며, 사진을 함께 보내 주시면 기사 작성에 큰 도움이 됩니다.",
      "제보자의 신원은 철저히 보호되며, 확인된 내용은 취재를 거쳐 기사로 보도됩니다.",
    ],
  },
  {
    title: "[공지] 게시물 운영 원칙 안내",
    paragraphs: [
      "{site}은 건전한 토론 문화를 위해 다음과 같은 게시물 운영 원칙을 두고 있습니다.",
      "욕설, 비방, 개인정보 노출, 광고성 게시물, 허위 사실 유포 게시물은 예고 없이 삭제될 수 있습니다.",
      "권리 침해 신고는 운영팀 전자우편으로 접수하며, 확인 후 신속히 조치하겠습니다.",
    ],
  },
  {
    title: "[공지] 개인정보처리방침 개정 안내",
    paragraphs: [
      "{site}의 개인정보처리방침이 일부 개정되어 알려 드립니다.",
      "주요 개정 내용은 개인정보 보유 기간 명확화, 개인정보 보호책임자 연락처 변경 등입니다.",
      "개정된 방침은 공지일로부터 7일 후부터 적용됩니다.",
    ],
  },
  { title: "[공지] 설 연휴 기간 기사 업데이트 안내", paragraphs: ["설 연휴 기간에는 기사 업데이트가 평소보다 줄어듭니다.", "긴급한 소식은 연휴 중에도 신속히 전해 드리겠습니다. 즐거운 명절 보내십시오."] },
  { title: "[공지] 추석 연휴 휴간 안내", paragraphs: ["추석 연휴 기간 동안 휴간합니다.", "연휴가 끝난 다음 날부터 정상적으로 기사를 전해 드립니다. 풍성한 한가위 보내십시오."] },
  { title: "[공지] 홈페이지 서비스 점검 안내", paragraphs: ["서버 점검을 위해 새벽 2시부터 4시까지 홈페이지 이용이 일시 중단됩니다.", "이용에 불편을 드려 죄송합니다."] },
  { title: "[공지] 모바일 화면 개편 안내", paragraphs: ["스마트폰에서도 기사를 더 편하게 읽으실 수 있도록 모바일 화면을 개편했습니다.", "글자 크기를 키우고 목록을 보기 쉽게 정리했습니다. 불편한 점이 있으면 알려 주세요."] },
  { title: "[공지] 시민기자 모집 안내", paragraphs: ["우리 동네 소식을 직접 전할 시민기자를 모집합니다.", "지역에 관심 있는 시민이라면 누구나 지원할 수 있으며, 소정의 원고료를 드립니다."] },
  { title: "[공지] 저작권 보호 및 무단 전재 금지 안내", paragraphs: ["{site}에 게재된 기사와 사진의 저작권은 {site}에 있습니다.", "무단 전재 및 재배포를 금지하며, 인용 시 출처를 밝혀 주시기 바랍니다."] },
  { title: "[공지] 광고 및 제휴 문의 안내", paragraphs: ["지역 업체와 기관의 광고 및 제휴 문의를 받습니다.", "배너 광고, 기획 기사 등 다양한 방식으로 협의할 수 있습니다."] },
  { title: "[공지] 독자 의견 접수 창구 변경 안내", paragraphs: ["독자 의견 접수 창구가 전자우편으로 일원화됩니다.", "보내 주신 의견은 빠짐없이 읽고 지면 개선에 반영하겠습니다."] },
  { title: "[공지] 독자 설문조사 참여 안내", paragraphs: ["더 좋은 지역 언론이 되기 위해 독자 설문조사를 진행합니다.", "참여해 주신 분 가운데 추첨을 통해 지역화폐 상품권을 드립니다."] },
];

function mayorOn(dayNum: number): string {
  if (dayNum < dayNumOf(2022, 7, 1)) return "최영수";
  if (dayNum < dayNumOf(2026, 7, 1)) return "박정우";
  return "김도현";
}

type Stubs = { t: Float64Array; board: Uint8Array; kind: Uint8Array; sday: Int32Array; order: Uint32Array; plan: Plan };
const KIND_NEWS = 0;
const KIND_SCHEDULE = 1;
const KIND_NOTICE = 2;

/** Stub arrays being filled in publish order of kind: news, then schedule posts, then notices. */
type StubWriter = { t: Float64Array; board: Uint8Array; kind: Uint8Array; sday: Int32Array; k: number };
type Span = { first: number; today: number; days: number; nowMs: number; nowMinute: number };

/** News weight of each day: weekday-heavy, busier in recent years, jittered; today only up to now. */
function newsDayWeights(rng: Rng, span: Span): { weights: Float64Array; sum: number } {
  const { first, today, days, nowMinute } = span;
  const weights = new Float64Array(days);
  let sum = 0;
  for (let i = 0; i < days; i++) {
    const cal = calendarOf(first + i);
    let w = cal.weekday === 0 ? 0.18 : cal.weekday === 6 ? 0.3 : 1;
    if (isHoliday(cal)) w *= 0.3;
    w *= (0.75 + (0.5 * i) / days) * (0.55 + rng.next() * 0.9);
    if (first + i === today) w *= Math.max(0, Math.min(1, (nowMinute - 450) / 720));
    weights[i] = w;
    sum += w;
  }
  return { weights, sum };
}

/** Places `count` news stories within one day's working hours. */
function writeNewsDay(rng: Rng, out: StubWriter, span: Span, dayNum: number, count: number): void {
  const { today, nowMs, nowMinute } = span;
  const cal = calendarOf(dayNum);
  const weekend = cal.weekday === 0 || cal.weekday === 6;
  const start = weekend ? 540 : 450;
  let end = weekend ? 1080 : 1170;
  if (dayNum === today) end = Math.min(end, nowMinute - 1);
  for (let j = 0; j < count; j++) {
    // Triangular: most stories land mid-day.
    const minute = end > start ? start + ((rng.next() + rng.next()) / 2) * (end - start) : Math.max(0, nowMinute - 1 - j);
    out.t[out.k] = Math.min(nowMs - 1000, seoulDayStart(dayNum) + Math.floor(minute * 60) * 1000);
    out.board[out.k] = rng.weighted(NEWS_BOARD_WEIGHTS);
    out.kind[out.k] = KIND_NEWS;
    out.k++;
  }
}

function writeNewsStubs(rng: Rng, out: StubWriter, span: Span, total: number): void {
  const { weights, sum } = newsDayWeights(rng, span);
  let cum = 0;
  let assigned = 0;
  for (let i = 0; i < span.days && sum > 0; i++) {
    cum += weights[i] ?? 0;
    const target = i === span.days - 1 ? total : Math.round((cum / sum) * total);
    const count = target - assigned;
    assigned = target;
    writeNewsDay(rng, out, span, span.first + i, count);
  }
}

// One schedule post for each of the most recent workdays: posted the afternoon before, or
// early the same morning (always on Monday).
function writeScheduleStubs(rng: Rng, out: StubWriter, nowMs: number, dayNums: readonly number[]): void {
  for (const dayNum of dayNums) {
    const cal = calendarOf(dayNum);
    const sameDay = cal.weekday === 1 || rng.chance(0.5);
    const minute = sameDay ? rng.int(420, 500) : rng.int(960, 1140);
    let at = seoulDayStart(sameDay ? dayNum : dayNum - 1) + minute * 60_000 + rng.int(0, 59) * 1000;
    if (at > nowMs) at = nowMs - rng.int(60, 1800) * 1000;
    out.t[out.k] = at;
    out.board[out.k] = SCHEDULE_BOARD;
    out.kind[out.k] = KIND_SCHEDULE;
    out.sday[out.k] = dayNum;
    out.k++;
  }
}

// Notices: spread evenly over the five years, at 10:00.
function writeNoticeStubs(out: StubWriter, span: Span, count: number): void {
  for (let i = 0; i < count; i++) {
    const dayNum = span.first + Math.floor(((i + 0.5) / count) * (span.days - 1));
    out.t[out.k] = Math.min(span.nowMs - 60_000, seoulDayStart(dayNum) + 600 * 60_000);
    out.board[out.k] = NOTICE_BOARD;
    out.kind[out.k] = KIND_NOTICE;
    out.sday[out.k] = i;
    out.k++;
  }
}

/** When each article is published and in which board, sorted by time. */
function planStubs(rng: Rng, total: number, nowMs: number): Stubs {
  const today = seoulDayNum(nowMs);
  const todayCal = calendarOf(today);
  const first = dayNumOf(todayCal.year - 5, todayCal.month, todayCal.day) + 1;
  const span: Span = { first, today, days: today - first + 1, nowMs, nowMinute: (nowMs - seoulDayStart(today)) / 60_000 };

  const scheduleDays: number[] = [];
  for (let d = first; d <= today; d++) if (isWorkday(calendarOf(d))) scheduleDays.push(d);
  const plan = planCounts(total, scheduleDays.length);
  const n = plan.news + plan.schedule + plan.notices;
  const out: StubWriter = { t: new Float64Array(n), board: new Uint8Array(n), kind: new Uint8Array(n), sday: new Int32Array(n).fill(-1), k: 0 };
  writeNewsStubs(rng, out, span, plan.news);
  writeScheduleStubs(rng, out, nowMs, scheduleDays.slice(scheduleDays.length - plan.schedule));
  writeNoticeStubs(out, span, plan.notices);

  const { t, board, kind, sday } = out;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (t[a] as number) - (t[b] as number) || a - b);
  return { t, board, kind, sday, order, plan };
}

function viewCountFor(rng: Rng, kind: number, ageMs: number): number {
  const ramp = Math.min(1, (ageMs / 3_600_000 + 1) / 48);
  const r = rng.next();
  let base: number;
  if (kind === KIND_SCHEDULE) base = 40 + r ** 1.5 * 600;
  else if (kind === KIND_NOTICE) base = 300 + r * 2500;
  else base = r ** 3 * 3200 + (rng.chance(0.02) ? 1500 + rng.next() * 3500 : 0) + rng.int(0, 30);
  return Math.min(5000, Math.floor(base * ramp));
}

/** Spreads a recent article's views over its days (most on day one), within the last 30 days. */
function dailyViewsFor(views: number, pubDay: number, today: number): [string, number][] {
  if (pubDay < today - 29 || pubDay > today || views === 0) return [];
  const decay = 0.55;
  const sum = (1 - decay ** (today - pubDay + 1)) / (1 - decay);
  const out: [string, number][] = [];
  for (let d = pubDay; d <= today; d++) {
    const v = Math.floor((views * decay ** (d - pubDay)) / sum);
    if (v > 0) out.push([isoDay(d), v]);
  }
  return out;
}

function placeholderImage(index: number): ImageRef {
  const n = String(index + 1).padStart(2, "0");
  const [alt, caption] = SCENES[index % SCENES.length] ?? ["", ""];
  return { id: index + 1, src: `/media/images/seed/${n}/960.jpg`, width: 960, height: 640, alt, caption };
}

// Bodies are written in the exact form lib/articles/sanitize.ts outputs (attribute order,
// `" />"`, text escaping), so seeded HTML is byte-for-byte "already sanitized".
function figureHtml(image: ImageRef): string {
  return (
    `<figure><img src="${escapeHtml(image.src)}" width="${image.width}" height="${image.height}" alt="${escapeHtml(image.alt)}" ` +
    `loading="lazy" data-image-id="${image.id}" /><figcaption>${escapeHtmlText(image.caption)}</figcaption></figure>`
  );
}

function parasToHtml(paras: readonly Para[]): string {
  return paras
    .map((p) => (p.kind === "quote" ? `<blockquote><p>${escapeHtmlText(p.text)}</p></blockquote>` : `<p>${escapeHtmlText(p.text)}</p>`))
    .join("");
}

/** What one generateArticles run shares across its articles. */
type GenState = {
  opts: GenOptions;
  nowMs: number;
  today: number;
  rng: Rng;
  stubs: Stubs;
  compact: boolean;
  localize: (s: string) => string;
  imageCount: number;
  imageAt: (i: number) => ImageRef;
  boardSeq: Int32Array;
  ordinal: number;
  newsIndex: number;
};

type Content = {
  title: string;
  html: string;
  authorName: string;
  author: DemoUserKey | null;
  imageIndex: number | null;
  schedule: GenArticle["schedule"];
  pinned: boolean;
};

// Desk items (편집부), notices and columns carry a byline without an account; only the
// reporter's own stories are tied to a newsroom account (and so to /reporter/{id}).
const DESK: Omit<Content, "title" | "html"> = { authorName: "편집부", author: null, imageIndex: null, schedule: null, pinned: false };

function scheduleContent(s: GenState, stubIndex: number): Content {
  const sDay = s.stubs.sday[stubIndex] as number;
  const entries = generateScheduleEntries(s.rng);
  return {
    ...DESK,
    title: scheduleTitle(isoDay(sDay), s.opts.city),
    html: scheduleBodyHtml(entries),
    schedule: { day: isoDay(sDay), entries },
  };
}

function noticeContent(s: GenState, stubIndex: number): Content {
  const i = s.stubs.sday[stubIndex] as number;
  const notice = NOTICES[i % NOTICES.length] ?? NOTICES[0];
  if (!notice) throw new Error("no notices");
  return {
    ...DESK,
    title: notice.title,
    html: notice.paragraphs.map((p) => `<p>${escapeHtmlText(josa(p.replaceAll("{site}", s.opts.siteName)))}</p>`).join(""),
    authorName: "관리자",
    pinned: i < s.stubs.plan.pinned,
  };
}

function storyParas(rng: Rng, story: Story, compact: boolean): Para[] {
  const middleCount = compact ? rng.int(1, 2) : rng.int(3, Math.min(6, story.middles.length));
  const paras: Para[] = [{ kind: "p", text: story.lead }];
  for (const m of rng.sample(story.middles, middleCount)) paras.push({ kind: "p", text: m });
  if (story.extra) paras.splice(Math.min(2, paras.length), 0, ...story.extra);
  if (story.quote && (!compact || rng.chance(0.5))) paras.push({ kind: "p", text: story.quote });
  if (!compact && !story.extra && rng.chance(0.05)) {
    paras.splice(1, 0, { kind: "quote", text: `“${rng.pick(QUOTE_OPENERS)} ${rng.pick(QUOTE_CLOSERS)}.”` });
  }
  return paras;
}

function storyByline(rng: Rng, columnist: string | undefined, draft: boolean): Pick<Content, "authorName" | "author"> {
  if (columnist) return { authorName: columnist, author: null };
  if (draft) return { authorName: "이하늘 기자", author: "reporter" };
  const r = rng.next();
  if (r < 0.2) return { authorName: "이하늘 기자", author: "reporter" };
  if (r < 0.55) return { authorName: `${rng.pick(REPORTERS)} 기자`, author: null };
  return { authorName: DESK.authorName, author: null };
}

function newsContent(s: GenState, boardIndex: number, draft: boolean, dayNum: number): Content {
  const { rng, compact, localize } = s;
  const boardSlug = (BOARDS[boardIndex] as BoardDef).slug;
  const ctx: Ctx = {
    rng,
    city: s.opts.city,
    cal: calendarOf(dayNum),
    dayNum,
    mayor: mayorOn(dayNum),
    viceMayor: "이상민",
    councilChair: dayNum < dayNumOf(2024, 7, 1) ? "양기석" : "한정숙",
    compact,
  };
  // 공공의대법 stories: several even in a small newsroom (search tests rely on them), then
  // rarer, so that at a million articles the term stays a realistic ~0.1%, not 2%.
  const nth = !draft && boardIndex <= 1 ? s.newsIndex++ : -1;
  const medical = nth >= 0 && (nth < 1_000 ? nth % 23 === 3 : nth % 401 === 3);
  const story = medical ? publicMedicalSchool(ctx) : pickFrame(ctx, boardSlug)(ctx);
  const paras = storyParas(rng, story, compact);
  const title = localize(josa(story.title));
  let html = parasToHtml(paras.map((p) => ({ kind: p.kind, text: localize(josa(p.text)) })));
  let imageIndex: number | null = null;
  if (!draft && rng.chance(PHOTO_SHARE[boardIndex] ?? 0)) {
    imageIndex = rng.int(0, s.imageCount - 1);
    html = figureHtml(s.imageAt(imageIndex)) + html;
  }
  return { ...DESK, title, html, imageIndex, ...storyByline(rng, story.columnist, draft) };
}

function draftArticle(s: GenState, boardIndex: number, at: number, c: Content): GenArticle {
  const bodyText = htmlToText(c.html);
  const created = new Date(at);
  return {
    ordinal: ++s.ordinal, boardIndex, title: c.title, body: c.html, bodyText, excerpt: makeExcerpt(bodyText, 200), status: "DRAFT",
    authorName: c.authorName, author: c.author, imageIndex: c.imageIndex, pinned: false, viewCount: 0, boardSeq: null, publishedAt: null,
    createdAt: created, editedAt: created, schedule: null, dailyViews: [],
  };
}

function publishedArticle(s: GenState, boardIndex: number, kind: number, at: number, c: Content): GenArticle {
  const { rng, nowMs } = s;
  const bodyText = htmlToText(c.html);
  const ordinal = ++s.ordinal;
  const viewCount = viewCountFor(rng, kind, nowMs - at);
  const edited = rng.chance(0.12) ? Math.min(nowMs, at + rng.int(300, 36 * 3600) * 1000) : at;
  let seq: number | null = null;
  if (!c.pinned) {
    const next = (s.boardSeq[boardIndex] ?? 0) + 1;
    s.boardSeq[boardIndex] = next;
    seq = next;
  }
  return {
    ordinal,
    boardIndex,
    title: c.title,
    body: c.html,
    bodyText,
    excerpt: makeExcerpt(bodyText, 200),
    status: "PUBLISHED",
    authorName: c.authorName,
    author: c.author,
    imageIndex: c.imageIndex,
    pinned: c.pinned,
    viewCount,
    boardSeq: seq,
    publishedAt: new Date(at),
    createdAt: new Date(at - rng.int(180, 5400) * 1000),
    editedAt: new Date(edited),
    schedule: c.schedule,
    dailyViews: dailyViewsFor(viewCount, seoulDayNum(at), s.today),
  };
}

/** One published article from its stub. */
function buildPublished(s: GenState, stubIndex: number): GenArticle {
  const kind = s.stubs.kind[stubIndex] as number;
  const boardIndex = s.stubs.board[stubIndex] as number;
  const at = s.stubs.t[stubIndex] as number;
  const content =
    kind === KIND_SCHEDULE ? scheduleContent(s, stubIndex)
    : kind === KIND_NOTICE ? noticeContent(s, stubIndex)
    : newsContent(s, boardIndex, false, seoulDayNum(at));
  return publishedArticle(s, boardIndex, kind, at, content);
}

/** Draft number `draftNo`: news alternating between 행정 and 사회. */
function buildDraft(s: GenState, draftNo: number, at: number): GenArticle {
  const boardIndex = draftNo % 2 === 0 ? 0 : 5;
  return draftArticle(s, boardIndex, at, newsContent(s, boardIndex, true, seoulDayNum(at)));
}

/**
 * The articles of the demo newsroom in id order: published ones by publish time (so ids and
 * boardSeq follow publishedAt), then a few drafts. Streams, so a million articles fit in memory.
 */
export function* generateArticles(opts: GenOptions): Generator<GenArticle, void, undefined> {
  const nowMs = opts.now.getTime();
  const planRng = createRng(opts.seed);
  const rng = createRng((opts.seed ^ 0x9e3779b9) >>> 0);
  const short = opts.city.replace(/시$/, "");
  const images = opts.images && opts.images.length > 0 ? opts.images : null;
  const s: GenState = {
    opts,
    nowMs,
    today: seoulDayNum(nowMs),
    rng,
    stubs: planStubs(planRng, opts.articles, nowMs),
    compact: opts.articles > COMPACT_THRESHOLD,
    localize: short === "한빛" ? (str: string) => str : (str: string) => str.replaceAll("한빛", short),
    imageCount: images ? images.length : SEED_IMAGE_COUNT,
    imageAt: (i: number) => (images ? (images[i] as ImageRef) : placeholderImage(i)),
    boardSeq: new Int32Array(BOARDS.length),
    ordinal: 0,
    newsIndex: 0,
  };
  for (let i = 0; i < s.stubs.order.length; i++) yield buildPublished(s, s.stubs.order[i] as number);
  for (let i = 0; i < s.stubs.plan.drafts; i++) {
    yield buildDraft(s, i, nowMs - rng.int(600, 72 * 3600) * 1000);
  }
}

/** The total number of articles `generateArticles` yields for these options. */
export function countArticles(opts: Pick<GenOptions, "articles" | "now">): Plan {
  const nowMs = opts.now.getTime();
  const today = seoulDayNum(nowMs);
  const todayCal = calendarOf(today);
  const first = dayNumOf(todayCal.year - 5, todayCal.month, todayCal.day) + 1;
  let workdays = 0;
  for (let d = first; d <= today; d++) if (isWorkday(calendarOf(d))) workdays++;
  return planCounts(opts.articles, workdays);
}

export { DAY_MS };

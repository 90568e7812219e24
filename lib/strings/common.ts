import { site } from "@/lib/site";

// Every word a reader or editor sees lives under lib/strings, so another newsroom can re-word it.
export const common = {
  siteTitle: `${site.tagline} ${site.name}`,
  lastEdited: "최종편집",
  latestNews: "최신 기사",
  skipToContent: "본문 바로가기",
  mainNav: "주 메뉴",
  copyright: `Copyright ⓒ ${site.copyrightHolder}. All rights reserved. 무단 전재 및 재배포 금지`,
  noArticles: "아직 기사가 없습니다.",
  notFoundTitle: "페이지를 찾을 수 없습니다",
  notFoundBody: "주소가 바뀌었거나 삭제된 페이지입니다.",
  goHome: "첫 화면으로",
  errorTitle: "잠시 문제가 생겼습니다",
  errorBody: "잠시 뒤 다시 시도해 주세요.",
  retry: "다시 시도",
  // The page nginx serves (503) when no web server can answer, e.g. during a database outage.
  unavailableTitle: "잠시 기사를 불러올 수 없습니다",
  unavailableBody: "사이트를 점검하거나 복구하는 중입니다. 잠시 뒤 다시 찾아 주세요.",
} as const;

// Short answers of refused requests (lib/http): Korean first, then the HTTP reason for tools.
export const http = {
  refused: {
    400: "잘못된 요청입니다. (Bad Request)",
    403: "다른 사이트에서 보낸 요청은 받지 않습니다. (Forbidden)",
    405: "지원하지 않는 요청 방식입니다. (Method Not Allowed)",
    411: "요청 본문의 길이를 알려 주어야 합니다. (Length Required)",
    413: "요청 본문이 너무 큽니다. (Payload Too Large)",
    415: "지원하지 않는 본문 형식입니다. (Unsupported Media Type)",
  },
  badJson: "요청 본문이 올바른 JSON이 아닙니다. (Bad Request)",
  unknownHost: "이 주소로는 로그인할 수 없습니다. 사이트 주소(SITE_URL)로 접속해 주세요. (Bad Request: unknown host)",
} as const;

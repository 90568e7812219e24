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
} as const;

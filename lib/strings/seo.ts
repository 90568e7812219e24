import { site } from "@/lib/site";

// What crawlers, feed readers and link previews show about the site.
export const seo = {
  siteDescription: `${site.city}의 행정·의회·사회·문화 소식을 전하는 ${site.tagline} ${site.name}`,
  rssTitle: `${site.name} 전체 기사`,
  boardRssTitle: (boardName: string) => `${site.name} ${boardName}`,
  boardDescription: (boardName: string) => `${site.name} ${boardName} 게시판의 최신 기사`,
  home: "홈",
  pageSuffix: (page: number) => `${page.toLocaleString("ko-KR")}페이지`,
  searchTitle: (query: string) => (query ? `‘${query}’ 검색 결과` : "검색"),
  searchDescription: (query: string) => (query ? `${site.name}에서 ‘${query}’(으)로 찾은 기사` : `${site.name} 기사 검색`),
  ogAlt: (title: string) => `${title} - ${site.name}`,
  goneTitle: "삭제된 기사입니다",
  goneHome: (siteName: string) => `${siteName} 첫 화면으로`,
  boardFeedNotFound: "게시판을 찾을 수 없습니다.",
  ogArticleAlt: (siteName: string) => `${siteName} 기사`,
  goneBody: "이 기사는 삭제되어 더 이상 볼 수 없습니다.",
  errorCode: (digest: string) => `오류 번호: ${digest}`,
  reporterJobTitle: "기자",
  reporterDescription: (name: string) => `${site.name} ${name} 기자의 기사 목록`,
  calendarName: `${site.city} 주요일정 (${site.name})`,
  calendarDescription: `${site.name}이 전하는 ${site.city} 오늘의 주요일정`,
} as const;

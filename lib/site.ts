// The newsroom's identity. A newsroom elsewhere changes these (or the env vars) and nothing else.
export const site = {
  name: process.env.SITE_NAME ?? "한빛넷",
  tagline: process.env.SITE_TAGLINE ?? "시사 인터넷뉴스",
  city: process.env.SITE_CITY ?? "한빛시",
  copyrightHolder: process.env.SITE_NAME ?? "한빛넷",
  timeZone: "Asia/Seoul",
  locale: "ko-KR",
} as const;

import { env } from "@/lib/env";

// The newsroom's identity. A newsroom elsewhere changes these (or SITE_NAME, SITE_TAGLINE,
// SITE_CITY in lib/env.ts) and nothing else.
const { SITE_NAME, SITE_TAGLINE, SITE_CITY } = env();

export const site = {
  name: SITE_NAME,
  tagline: SITE_TAGLINE,
  city: SITE_CITY,
  copyrightHolder: SITE_NAME,
  timeZone: "Asia/Seoul",
  locale: "ko-KR",
} as const;

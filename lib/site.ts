// The newsroom's identity. A newsroom elsewhere changes these (or SITE_NAME, SITE_TAGLINE,
// SITE_CITY, which lib/env.ts validates at the server's start) and nothing else.
//
// Read from process.env here, not through lib/env.ts: client components import this (through
// lib/strings), and the environment's zod schema must not ship to readers' browsers (zod's
// probe for eval is a Content-Security-Policy violation on every reader page).

/** What the site is called when the environment does not say. */
export const SITE_DEFAULTS = { name: "한빛넷", tagline: "시사 인터넷뉴스", city: "한빛시" } as const;

const name = process.env.SITE_NAME || SITE_DEFAULTS.name;

export const site = {
  name,
  tagline: process.env.SITE_TAGLINE || SITE_DEFAULTS.tagline,
  city: process.env.SITE_CITY || SITE_DEFAULTS.city,
  copyrightHolder: name,
  timeZone: "Asia/Seoul",
  locale: "ko-KR",
} as const;

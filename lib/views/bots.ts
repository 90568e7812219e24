import { createIsbotFromList, list } from "isbot";

// Crawlers, link-preview fetchers and scripted clients: their requests are not readers. isbot's
// list, less what matches a headless Chrome (automated browsers used for real reading tests must
// count), plus the Korean crawlers, link previews and tools it does not name.
const READING_HEADLESS_BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36";
const OUR_PATTERNS = ["headless-?shell"];

const matchesBot = createIsbotFromList([...list.filter((pattern) => !new RegExp(pattern, "i").test(READING_HEADLESS_BROWSER)), ...OUR_PATTERNS]);

export function isBot(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? "").trim();
  if (ua.length < 8) return true;
  return matchesBot(ua);
}

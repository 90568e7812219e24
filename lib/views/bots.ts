// Crawlers, link-preview fetchers and scripted clients: their requests are not readers.
// Deliberately not "HeadlessChrome": automated browsers used for real reading tests must count.
const BOT_RE =
  /bot\b|bot\/|crawl|spider|slurp|yeti|daumoa|mediapartners|adsbot|facebookexternalhit|facebookcatalog|kakaotalk-scrap|scrap|preview|embedly|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|headless-?shell|phantomjs|curl\/|wget\/|python-|python\/|aiohttp|httpx|go-http-client|okhttp|java\/|apache-httpclient|libwww|axios\/|node-fetch|undici|feedfetcher|feed|rss|wordpress|ahrefs|semrush|mj12|dotbot|bingpreview|petalbot|bytespider|gptbot|ccbot|claudebot|perplexity/i;

export function isBot(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? "").trim();
  if (ua.length < 8) return true;
  return BOT_RE.test(ua);
}

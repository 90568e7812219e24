import { env } from "@/lib/env";

// IndexNow (https://www.indexnow.org): telling search engines at once that a URL was added,
// changed or removed. Naver takes the protocol at its own endpoint; the shared endpoint passes
// the ping to Bing, Yandex, Seznam and the others. Pure configuration, no I/O.

export const NAVER_INDEXNOW_ENDPOINT = "https://searchadvisor.naver.com/indexnow";
export const SHARED_INDEXNOW_ENDPOINT = "https://api.indexnow.org/indexnow";
export const DEFAULT_INDEXNOW_ENDPOINTS = [NAVER_INDEXNOW_ENDPOINT, SHARED_INDEXNOW_ENDPOINT] as const;

/** The protocol's key: 8 to 128 characters of a-z, A-Z, 0-9 and "-". */
export const INDEXNOW_KEY_RE = /^[A-Za-z0-9-]{8,128}$/;

/**
 * Where pings go: INDEXNOW_ENDPOINTS (comma- or space-separated URLs; empty or "none" turns
 * pinging off), else Naver's and the shared endpoint. Malformed entries are skipped.
 */
export function indexNowEndpoints(raw: string | undefined = env().INDEXNOW_ENDPOINTS): string[] {
  if (raw === undefined) return [...DEFAULT_INDEXNOW_ENDPOINTS];
  if (raw.trim().toLowerCase() === "none") return [];
  return [
    ...new Set(
      raw
        .split(/[\s,]+/)
        .filter(Boolean)
        .filter((entry) => {
          try {
            const url = new URL(entry);
            return url.protocol === "https:" || url.protocol === "http:";
          } catch {
            return false;
          }
        }),
    ),
  ];
}

/** The key in force: the admin's (site settings) if set, else INDEXNOW_KEY; null = not configured. */
export function resolveIndexNowKey(fromSettings: string | null | undefined, fromEnv: string | undefined = env().INDEXNOW_KEY): string | null {
  for (const key of [fromSettings, fromEnv]) {
    const trimmed = key?.trim();
    if (trimmed && INDEXNOW_KEY_RE.test(trimmed)) return trimmed;
  }
  return null;
}

const PRIVATE_HOST_RE =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|169\.254(?:\.\d{1,3}){2}|\[::1?\]|\[f[cd][0-9a-f:]*\])$/i;
const PRIVATE_SUFFIX_RE = /\.(?:localhost|local|internal|lan|home\.arpa|invalid)$/i;

/** Search engines can only crawl a site on a public host: no pings for localhost or a LAN. */
export function isPublicSiteUrl(siteUrl: string): boolean {
  try {
    const { protocol, hostname } = new URL(siteUrl);
    if (protocol !== "https:" && protocol !== "http:") return false;
    if (!hostname.includes(".") && !hostname.startsWith("[")) return false;
    return !PRIVATE_HOST_RE.test(hostname) && !PRIVATE_SUFFIX_RE.test(hostname);
  } catch {
    return false;
  }
}

/** The JSON body of one batched POST (the protocol's "submitting a set of URLs"). */
export function indexNowPayload(siteUrl: string, key: string, urls: readonly string[]): { host: string; key: string; keyLocation: string; urlList: string[] } {
  const base = new URL(siteUrl);
  return { host: base.host, key, keyLocation: new URL(`/${key}.txt`, base).toString(), urlList: [...urls] };
}

/** Delay before attempt `attempts + 1`: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function indexNowBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export const INDEXNOW_MAX_ATTEMPTS = 8;

/** HTTP answers that retrying cannot change: a malformed request, or URLs not of this host. */
export function isPermanentRefusal(status: number): boolean {
  return status === 400 || status === 413 || status === 422;
}

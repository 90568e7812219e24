import { z } from "zod";
import { SITE_DEFAULTS } from "@/lib/site";

// Every environment variable the site's server and worker read, in one schema: its type, its
// default, what it is for. Read through env(), which validates them all, so a misconfigured
// server stops with a message naming the variable instead of failing later and obscurely.
// (lib/cache/store.mjs reads its three itself, because Next loads it without compiling, and
// lib/site.ts the site's name, because readers' browsers load it; they are validated here all
// the same. Pure functions that judge an environment handed to them, like
// lib/seed/demo-safety.ts for a child process, take it as an argument. Next's own — NEXT_RUNTIME,
// NEXT_PHASE — belong to Next.)

const url = z.string().url({ message: "must be a URL, e.g. http://127.0.0.1:3000" });
const count = (fallback: number, min = 0) =>
  z.coerce.number({ message: "must be a whole number" }).int({ message: "must be a whole number" }).min(min).default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

  // PostgreSQL
  DATABASE_URL: url.optional(),
  /** Connections per process; several servers share PostgreSQL's max_connections. */
  DATABASE_POOL_SIZE: count(10, 1),

  // The site
  /** The public address: links in feeds, sitemaps, canonical URLs, Open Graph. */
  SITE_URL: url.default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default(SITE_DEFAULTS.name),
  SITE_TAGLINE: z.string().min(1).default(SITE_DEFAULTS.tagline),
  SITE_CITY: z.string().min(1).default(SITE_DEFAULTS.city),
  /** This server's port (its own not-found page is fetched from it). */
  PORT: count(3000, 1),
  /** Host names besides SITE_URL's and this machine's that requests may name (comma-separated). */
  ALLOWED_HOSTS: z.string().optional(),
  /** Proxies whose X-Forwarded-* the request gate believes (lib/http/request-gate.ts). */
  TRUSTED_PROXIES: z.string().optional(),

  // Sign-in
  NEXTAUTH_URL: url.optional(),
  /** The key sealing session cookies; generated into DATA_DIR when unset (lib/auth/secret.ts). */
  NEXTAUTH_SECRET: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  /** Where the generated auth secret (and by default the uploads) are kept. */
  DATA_DIR: z.string().min(1).default(".data"),
  DEMO_PASSWORD: z.string().min(1).optional(),

  // Files
  STORAGE_DIR: z.string().min(1).default(".data/uploads"),

  // Caches (lib/cache)
  /** The shared cache of every server and the worker; without it, each process caches in memory. */
  REDIS_URL: url.optional(),
  REDIS_TIMEOUT_MS: count(500, 1),
  CACHE_KEY_PREFIX: z.string().default("ln:"),
  CACHE_MEMORY_BYTES: count(128 * 1024 * 1024, 1024 * 1024),
  /** Room for each server's copies of shared-cache entries, checked against Redis on every read; 0 = none. */
  CACHE_LOCAL_COPY_BYTES: count(64 * 1024 * 1024, 0),
  /** The one server the worker asks to expire tags when there is no Redis. */
  WEB_SERVER_URL: url.optional(),
  /** Purge addresses of the HTTP cache in front (comma-separated, e.g. http://127.0.0.1:8080/_purge). */
  EDGE_PURGE_URLS: z.string().default(""),

  // Readers
  /** A client counted for an article is not counted again for this many seconds. */
  VIEW_WINDOW_SECONDS: count(600, 1),
  SEARCH_TIMEOUT_MS: count(4_000, 1),
  SEARCH_CONCURRENCY: count(2, 1),
  SEARCH_QUEUE: count(8),
  SEARCH_QUEUE_WAIT_MS: count(2_000),

  // IndexNow pings
  /** Comma- or space-separated endpoints; "none" turns pinging off; unset = the defaults. */
  INDEXNOW_ENDPOINTS: z.string().optional(),
  INDEXNOW_KEY: z.string().optional(),

  // Several servers (lib/server-identity.ts checks these in production)
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  NEXT_DEPLOYMENT_ID: z.string().optional(),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

const NAMES = Object.keys(envSchema.shape) as Array<keyof Env>;

// Parsed once and again only when one of the variables changed (tests and scripts set some at
// run time): reading them is a string comparison per variable, not a parse per request.
let parsed: { raw: Array<string | undefined>; env: Env } | undefined;

/** The validated environment. Throws, naming every bad variable, when one is malformed. */
export function env(source: Readonly<Record<string, string | undefined>> = process.env): Env {
  // An empty value means unset, as a shell's `VAR= command` intends.
  const raw = NAMES.map((name) => source[name] || undefined);
  if (source === process.env && parsed && parsed.raw.every((value, i) => value === raw[i])) return parsed.env;
  const result = envSchema.safeParse(Object.fromEntries(NAMES.map((name, i) => [name, raw[i]])));
  if (!result.success) throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  if (source === process.env) parsed = { raw, env: result.data };
  return result.data;
}

export function databaseUrl(): string {
  const value = env().DATABASE_URL;
  if (!value) {
    throw new Error("DATABASE_URL is not set. Start the site with `npm start`, which provides an embedded database.");
  }
  return value;
}

export function siteUrl(): string {
  return env().SITE_URL.replace(/\/$/, "");
}

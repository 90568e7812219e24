import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth-helpers";
import { withDatabase } from "./db";
import { cookieHeader, E2E_PORT, raw, serverActions, type RawRequest, type RawResponse } from "./http-helpers";

// Bad input, generated: every route handler, page, server action and query parameter of the
// build under test, fed wrong types, missing fields, huge values, bad percent escapes, NUL,
// lone surrogates, decomposed Hangul, every HTTP method, broken JSON and multipart, and bodies
// too big with and without Content-Length. What must come back: a 4xx with a short message, or
// the page / form with a Korean message — never a 5xx, a stack trace or a hang, and no write.
// Deterministic: the generator is seeded (HOSTILE_SEED), and each failure names its request.

const BASE = `http://127.0.0.1:${E2E_PORT}`;
const SEED = Number(process.env.HOSTILE_SEED ?? 20261130);

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Raw (already percent-encoded) path segments and query values no well-behaved client sends.
const HOSTILE_ENCODED = [
  "%", "%Z", "%ZZ", "%E0%A4%A", "%C0%80", "%ED%A0%80", "%ED%B0%80", "%FF%FE", "%00", "a%00b", "%01%02%1F", "%7F",
  "..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "%2F%2Fevil.example", "%5C%5Cevil", "%0D%0ASet-Cookie:%20x=1",
  encodeURIComponent("공공의대".normalize("NFD")), encodeURIComponent("😀😀"), encodeURIComponent("\u202Egnp.exe"),
  encodeURIComponent("' OR 1=1--"), encodeURIComponent("<script>alert(1)</script>"), encodeURIComponent("${7*7}{{7*7}}"),
  "0", "-1", "2147483648", "9007199254740993", "1e309", "NaN", "Infinity", "0x10", "1.5", "01", encodeURIComponent("١٢٣"), "%EF%BC%91",
  "a".repeat(3000), encodeURIComponent("가".repeat(800)), "%25", "%2525", "+", "%20", "[]", "%5B%5D",
];
const HOSTILE_VALUES = [
  "", " ", "\u0000", "a\u0000b", "\ud800", "\udfff", "x\ud800y", "공공의대".normalize("NFD"), "😀".repeat(50), "\u202E\u200B",
  "' OR 1=1--", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "//evil.example", "/.//evil.example", "-1", "0",
  "2147483648", "1e309", "NaN", "true", "null", "[]", "{}", "가".repeat(20_000), "x".repeat(300_000),
];

function path(template: string): string {
  return template.replace(/\{[^}]+\}/g, () => pick(HOSTILE_ENCODED));
}

function query(): string {
  const names = ["q", "page", "next", "callbackUrl", "error", "done", "status", "board", "author", "mid", "document_srl", "file_srl", "module", "search_keyword", "csrf"];
  const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(names)}=${pick(HOSTILE_ENCODED)}`);
  return `?${parts.join("&")}`;
}

// Every route of the app, with its dynamic parts.
const ROUTES = [
  "/", "/article/{id}", "/article/{id}/opengraph-image", "/board/{slug}", "/board/news", "/board/{slug}/rss.xml", "/search", "/schedule",
  "/schedule/{date}", "/login", "/editor", "/editor/articles/new", "/editor/articles/{id}", "/editor/schedule/new", "/editor/boards",
  "/editor/users", "/editor/account", "/sitemap.xml", "/sitemaps/{file}", "/sitemaps/articles-{n}.xml", "/news-sitemap.xml", "/robots.txt",
  "/rss.xml", "/schedule.ics", "/logo.png", "/opengraph-image", "/media/{key}", "/media/{a}/{b}", "/api/health", "/api/views/{id}",
  "/api/uploads", "/api/internal/cache/expire", "/api/auth/{action}", "/api/auth/callback/{provider}", "/api/refused/{status}",
  "/index.php", "/files/attach/images/{a}/{b}", "/{mid}", "/{mid}/{srl}", "/{mid}/page/{n}", "/internal/home/{day}", "/_next/{x}",
];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "TRACK", "PROPFIND", "MKCOL", "FOO", "get"];

type Tried = { label: string; response?: RawResponse; error?: string };
const tried: Tried[] = [];

async function attempt(label: string, request: RawRequest): Promise<void> {
  try {
    const response = await raw({ timeoutMs: 15_000, ...request, headers: { "x-forwarded-for": `198.18.${Math.floor(random() * 250)}.${Math.floor(random() * 250) + 1}`, ...request.headers } });
    tried.push({ label, response });
  } catch (error) {
    tried.push({ label, error: (error as Error).message });
  }
}

function problems(from = 0): string[] {
  const out: string[] = [];
  for (const t of tried.slice(from)) {
    if (t.error) out.push(`${t.label}: no answer (${t.error})`);
    else if (t.response!.status >= 500) out.push(`${t.label}: ${t.response!.status} ${t.response!.body.slice(0, 120)}`);
    else if (/\n\s+at \S+ \(\S+:\d+:\d+\)/.test(t.response!.body)) out.push(`${t.label}: a stack trace in the answer`);
  }
  return out;
}

async function inBatches(jobs: Array<() => Promise<void>>, width = 8): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) await jobs[next++]!();
  }));
}

let adminCookie = "";
let counts: Record<string, number> = {};

async function tableCounts(): Promise<Record<string, number>> {
  return withDatabase(async (db) => {
    const out: Record<string, number> = {};
    for (const table of ["articles", "article_revisions", "users", "boards", "images", "schedule_entries", "redirects"]) {
      out[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
    }
    return out;
  });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const admin = await playwrightRequest.newContext({ baseURL: BASE, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.250" } });
  const { csrfToken } = (await (await admin.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await admin.post("/api/auth/callback/credentials", { form: { csrfToken, loginId: "admin", password: DEMO_PASSWORD, callbackUrl: "/editor" }, maxRedirects: 0 });
  adminCookie = cookieHeader((await admin.storageState()).cookies);
  expect(adminCookie).toContain("ln_session=");
  await admin.dispose();
  counts = await tableCounts();
});

test.afterAll(async () => {
  const fives = tried.filter((t) => t.response && t.response.status >= 500).length;
  const hangs = tried.filter((t) => t.error).length;
  console.log(`hostile input (seed ${SEED}): ${tried.length} requests tried, ${fives} answered 5xx, ${hangs} without an answer`);
});

test("paths and query strings of every route, as anyone and as an admin", async () => {
  test.setTimeout(300_000);
  const from = tried.length;
  const jobs: Array<() => Promise<void>> = [];
  for (const route of ROUTES) {
    for (let i = 0; i < 8; i++) {
      const target = path(route) + (random() < 0.6 ? query() : "");
      const signedIn = random() < 0.3;
      jobs.push(() => attempt(`GET ${target.slice(0, 200)}${signedIn ? " (admin)" : ""}`, { path: target, headers: signedIn ? { cookie: adminCookie } : {} }));
    }
  }
  await inBatches(jobs);
  expect(problems(from)).toEqual([]);
});

test("every HTTP method on every route", async () => {
  test.setTimeout(300_000);
  const from = tried.length;
  const jobs: Array<() => Promise<void>> = [];
  for (const route of ROUTES) {
    for (const method of METHODS) {
      const target = route.replace(/\{[^}]+\}/g, "1");
      jobs.push(() => attempt(`${method} ${target}`, { method, path: target, headers: { "content-length": "0" } }));
    }
  }
  await inBatches(jobs);
  expect(problems(from)).toEqual([]);
});

const BODY_ROUTES = ["/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout", "/api/auth/session", "/api/auth/csrf", "/api/uploads", "/api/internal/cache/expire", "/api/views/1", "/api/health", "/search", "/editor/articles/new", "/"];

function brokenBodies(): Array<{ name: string; type: string; body: string | Buffer }> {
  const boundary = "----hostile" + Math.floor(random() * 1e9);
  return [
    { name: "broken JSON", type: "application/json", body: pick(["{", "{\"a\":", "[1,2", "\"\\ud800\"", "nul", "{\"csrfToken\":1,\"loginId\":{},\"password\":[]}", "1e999999"]) },
    { name: "JSON of the wrong shape", type: "application/json", body: JSON.stringify(pick([[], 1, null, "x", { tags: "x" }, { tags: [1, 2] }, { loginId: null }])) },
    { name: "form with hostile values", type: "application/x-www-form-urlencoded", body: `csrfToken=${pick(HOSTILE_ENCODED)}&loginId=${pick(HOSTILE_ENCODED)}&password=${pick(HOSTILE_ENCODED)}&callbackUrl=${pick(HOSTILE_ENCODED)}&remember=${pick(HOSTILE_ENCODED)}` },
    { name: "multipart without a closing boundary", type: `multipart/form-data; boundary=${boundary}`, body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff` },
    { name: "multipart with a wrong boundary", type: "multipart/form-data; boundary=nope", body: `--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nx\r\n--${boundary}--\r\n` },
    { name: "multipart without a boundary", type: "multipart/form-data", body: "garbage" },
    { name: "multipart with a NUL field", type: `multipart/form-data; boundary=${boundary}`, body: `--${boundary}\r\nContent-Disposition: form-data; name="alt\u0000"\r\n\r\n\u0000\r\n--${boundary}--\r\n` },
    { name: "a body of the wrong type", type: pick(["text/plain", "application/xml", "image/png", "", "application/x-www-form-urlencoded; charset=utf-7"]), body: Buffer.from([0xff, 0xfe, 0x00, 0x41]) },
  ];
}

test("broken JSON and multipart, wrong content types, as anyone and as an admin", async () => {
  test.setTimeout(300_000);
  const from = tried.length;
  const jobs: Array<() => Promise<void>> = [];
  for (const route of BODY_ROUTES) {
    for (let round = 0; round < 3; round++) {
      for (const body of brokenBodies()) {
        const signedIn = round === 2;
        const buffer = Buffer.from(body.body);
        jobs.push(() =>
          attempt(`POST ${route} (${body.name}${signedIn ? ", admin" : ""})`, {
            method: "POST",
            path: route,
            headers: { "content-type": body.type, "content-length": String(buffer.length), origin: BASE, ...(signedIn ? { cookie: adminCookie } : {}) },
            body: buffer,
          }),
        );
      }
    }
  }
  await inBatches(jobs);
  expect(problems(from)).toEqual([]);
});

test("bodies too big, with and without Content-Length, are refused without being read", async () => {
  test.setTimeout(300_000);
  const from = tried.length;
  for (const route of ["/api/auth/callback/credentials", "/api/uploads", "/api/internal/cache/expire", "/editor/articles/new", "/api/views/1", "/search"]) {
    for (const declared of [true, false]) {
      await attempt(`POST ${route} (60 MB, ${declared ? "declared" : "chunked"})`, {
        method: "POST",
        path: route,
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: adminCookie, origin: BASE, ...(declared ? { "content-length": String(60 * 1024 * 1024) } : {}) },
        chunks: { size: 1024 * 1024, count: 60 },
        timeoutMs: 30_000,
      });
      const last = tried.at(-1)!;
      expect(last.response?.status ?? 0, `${last.label}${last.error ? `: ${last.error}` : ""}`).toBeGreaterThanOrEqual(400);
      expect(last.response?.finishedSending, `${last.label}: refused before all 60 MB were sent`).toBe(false);
    }
  }
  expect(problems(from)).toEqual([]);
});

function actionBody(): { type: string; body: string } {
  const shape = Math.floor(random() * 6);
  const value = () => pick(HOSTILE_VALUES);
  if (shape === 0) return { type: "text/plain;charset=UTF-8", body: pick(["", "{", "[", "null", "1", "\"x\"", "[1,2]", "[null,null]", "[{},{}]", "[\"$K1\"]", "[\"$Q0\"]", "[\"$@1\"]", "[\"$T\"]", "[[[[[[[[[[[]]]]]]]]]]]"]) };
  if (shape === 1) return { type: "text/plain;charset=UTF-8", body: JSON.stringify([value(), value()]) };
  if (shape === 2) return { type: "text/plain;charset=UTF-8", body: JSON.stringify([{ status: value() }, value()]) };
  // React's encoding of (prevState, formData): "0" holds the arguments, "1_…" the form's fields.
  const boundary = "----action" + Math.floor(random() * 1e9);
  const fields: Array<[string, string]> = [["0", pick(["[\"$K1\"]", "[{},\"$K1\"]", "[\"$undefined\",\"$K1\"]", "[1,\"$K1\"]", "[", "[\"$K9\"]"])]];
  const names = ["title", "boardId", "body", "intent", "version", "scheduledAt", "id", "op", "revisionId", "entries", "date", "name", "slug", "description", "pageSize", "kind", "loginId", "displayName", "role", "password", "userId", "disabled", "currentPassword", "newPassword", "confirmPassword", "sessionId", "direction"];
  for (let i = 0; i < 1 + Math.floor(random() * 8); i++) fields.push([`${shape === 5 ? "" : "1_"}${pick(names)}`, value()]);
  const body = fields.map(([name, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`).join("") + (shape === 4 ? "" : `--${boundary}--\r\n`);
  return { type: `multipart/form-data; boundary=${boundary}`, body };
}

test("every server action with malformed arguments, signed in as an admin (who may call them all)", async () => {
  test.setTimeout(300_000);
  const from = tried.length;
  // Signing out ends the admin session the others use: those go last.
  const actions = serverActions().sort((a, b) => Number(/^signOut/.test(a.name)) - Number(/^signOut/.test(b.name)));
  expect(actions.length).toBeGreaterThanOrEqual(15);
  const jobs: Array<() => Promise<void>> = [];
  for (const action of actions) {
    for (let i = 0; i < 25; i++) {
      const { type, body } = actionBody();
      const buffer = Buffer.from(body);
      jobs.push(() =>
        attempt(`action ${action.name} (${type.split(";")[0]}: ${body.slice(0, 60).replace(/\s+/g, " ")})`, {
          method: "POST",
          path: action.page,
          headers: { "next-action": action.id, accept: "text/x-component", "content-type": type, "content-length": String(buffer.length), origin: BASE, cookie: adminCookie },
          body: buffer,
        }),
      );
    }
    // Without JavaScript: the form post carries the action id as a field.
    const boundary = "----nojs";
    const nojs = `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_${action.id}"\r\n\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n\u0000\r\n--${boundary}--\r\n`;
    jobs.push(() =>
      attempt(`form post ${action.name}`, {
        method: "POST",
        path: action.page,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(Buffer.byteLength(nojs)), origin: BASE, cookie: adminCookie },
        body: nojs,
      }),
    );
  }
  await inBatches(jobs, 4);
  expect(problems(from)).toEqual([]);
});

test("after all of it: nothing was written, and the server still answers", async () => {
  expect(await tableCounts()).toEqual(counts);
  const health = await raw({ path: "/api/health" });
  expect(health.status).toBe(200);
  expect(tried.length).toBeGreaterThan(1_000);
});

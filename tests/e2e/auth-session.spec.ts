import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type BrowserContext, type BrowserType, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SESSION_COOKIE, createUser, expectSignedIn, expectSignedOut, fillLogin, signIn, uniqueId } from "./auth-helpers";

// Dev servers compile on first use and Argon2 is slow on purpose: give these flows room.
test.describe.configure({ timeout: 90_000 });

/**
 * A browser with its profile on disk, as a reader's: closing it and launching it again on the
 * same profile is a real browser restart. Launched like the project's browser (Debian's
 * chromium where present: playwright.config.ts), with the project's locale and address.
 */
function browserProfile(browserType: BrowserType) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "ln-browser-profile-"));
  const { launchOptions, baseURL, locale, timezoneId, userAgent, viewport } = test.info().project.use;
  const launched: BrowserContext[] = [];
  return {
    async launch(): Promise<BrowserContext> {
      const browser = await browserType.launchPersistentContext(userDataDir, { ...launchOptions, baseURL, locale, timezoneId, userAgent, viewport });
      launched.push(browser);
      return browser;
    },
    /** Closes a browser a failed test left open, then deletes the profile. */
    async remove(): Promise<void> {
      await Promise.all(launched.map((browser) => browser.close()));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

test("/editor sends a signed-out visitor to /login", async ({ page }) => {
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/login\?next=%2Feditor$/);
  await expect(page.getByLabel("아이디")).toBeVisible();
  await expect(page.getByLabel("비밀번호", { exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "로그인 유지" })).toBeVisible();
  await expect(page.getByText("브라우저를 닫더라도 로그인이 계속 유지될 수 있습니다.", { exact: false })).toBeVisible();
});

test("unticked 로그인 유지: a browser-session cookie, gone after a browser restart", async ({ playwright }) => {
  const profile = browserProfile(playwright.chromium);
  try {
    const browser = await profile.launch();
    await signIn(await firstPage(browser), "editor", DEMO_PASSWORD);
    const cookie = (await browser.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie, "session cookie set").toBeTruthy();
    expect(cookie!.expires, "no Expires/Max-Age").toBe(-1);
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");
    await browser.close();

    const restarted = await profile.launch();
    expect((await restarted.cookies()).find((c) => c.name === SESSION_COOKIE), "the session cookie outlived the browser").toBeUndefined();
    await expectSignedOut(await firstPage(restarted));
    await restarted.close();
  } finally {
    await profile.remove();
  }
});

test("ticked 로그인 유지: a 30-day cookie that survives a browser restart", async ({ playwright }) => {
  const profile = browserProfile(playwright.chromium);
  try {
    const browser = await profile.launch();
    await signIn(await firstPage(browser), "editor", DEMO_PASSWORD, { remember: true });
    const cookie = (await browser.cookies()).find((c) => c.name === SESSION_COOKIE);
    const days = (cookie!.expires - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    await browser.close();

    const restarted = await profile.launch();
    expect((await restarted.cookies()).find((c) => c.name === SESSION_COOKIE)?.value, "the same session after the restart").toBe(cookie!.value);
    const after = await firstPage(restarted);
    await expectSignedIn(after);
    await expect(after.getByRole("cell", { name: "로그인 유지" }).first()).toBeVisible();
    await restarted.close();
  } finally {
    await profile.remove();
  }
});

test("로그아웃 ends the session on the server, not only the cookie", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "reporter", DEMO_PASSWORD);
  const before = await context.cookies();
  await page.getByRole("button", { name: "로그아웃", exact: true }).click();
  await page.waitForURL(/\/login/);
  await expectSignedOut(page);

  // The old cookie, replayed from elsewhere, no longer works.
  const replay = await browser.newContext();
  await replay.addCookies(before);
  await expectSignedOut(await replay.newPage());
  await Promise.all([context.close(), replay.close()]);
});

test("모든 기기에서 로그아웃 ends another browser's session", async ({ browser }) => {
  const loginId = uniqueId("e2eall");
  await createUser(loginId, "everywhere-1");
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signIn(pageA, loginId, "everywhere-1", { remember: true });
  await signIn(pageB, loginId, "everywhere-1");

  await expect(pageB.getByRole("row")).toHaveCount(3); // header + two sessions
  await pageB.getByRole("button", { name: "모든 기기에서 로그아웃" }).click();
  await pageB.waitForURL(/\/login/);
  await expectSignedOut(pageA);
  await expectSignedOut(pageB);
  await Promise.all([a.close(), b.close()]);
});

test("ending one session from the list signs that browser out", async ({ browser }) => {
  const loginId = uniqueId("e2eone");
  await createUser(loginId, "one-session-1");
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signIn(pageA, loginId, "one-session-1");
  await signIn(pageB, loginId, "one-session-1");

  const other = pageB.getByRole("row").filter({ hasNotText: "현재 기기" }).getByRole("button", { name: /세션 종료/ });
  await other.click();
  await expect(pageB.getByRole("row")).toHaveCount(2);
  await expectSignedOut(pageA);
  await expectSignedIn(pageB);
  await Promise.all([a.close(), b.close()]);
});

test("a password change ends the other browser's session and keeps this one", async ({ browser }) => {
  const loginId = uniqueId("e2epw");
  await createUser(loginId, "old-password-1");
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signIn(pageA, loginId, "old-password-1", { remember: true });
  await signIn(pageB, loginId, "old-password-1");

  await pageB.getByLabel("현재 비밀번호").fill("wrong-password");
  await pageB.getByLabel("새 비밀번호", { exact: true }).fill("new-password-1");
  await pageB.getByLabel("새 비밀번호 확인").fill("new-password-1");
  await pageB.getByRole("button", { name: "비밀번호 변경" }).click();
  await expect(pageB.getByText("현재 비밀번호가 올바르지 않습니다.")).toBeVisible();

  await pageB.getByLabel("현재 비밀번호").fill("old-password-1");
  await pageB.getByLabel("새 비밀번호", { exact: true }).fill("new-password-1");
  await pageB.getByLabel("새 비밀번호 확인").fill("new-password-1");
  await pageB.getByRole("button", { name: "비밀번호 변경" }).click();
  await expect(pageB.getByText("비밀번호를 바꿨습니다.", { exact: false })).toBeVisible();

  await expectSignedOut(pageA);
  await expectSignedIn(pageB);
  await fillLogin(pageA, loginId, "new-password-1");
  await pageA.waitForURL(/\/editor\/account$/);
  await Promise.all([a.close(), b.close()]);
});

test("the header's 로그인 opens a dialog that signs in", async ({ page }) => {
  await page.goto("/");
  const link = page.getByRole("link", { name: "로그인" });
  await expect(link).toHaveAttribute("aria-haspopup", "dialog"); // hydrated
  await link.click();
  const dialog = page.getByRole("dialog", { name: "로그인" });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await dialog.getByLabel("아이디").fill("editor");
  await dialog.getByLabel("비밀번호", { exact: true }).fill("wrong");
  await dialog.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(dialog.getByText("아이디 또는 비밀번호가 올바르지 않습니다.")).toBeVisible();
  await expect(dialog.getByLabel("아이디")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("비밀번호", { exact: true }).fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: "로그인", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/editor");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the /login form still signs in and shows errors", async ({ page }) => {
    await page.goto("/login?next=%2Feditor%2Faccount");
    await fillLogin(page, "editor", "wrong");
    await expect(page.getByText("아이디 또는 비밀번호가 올바르지 않습니다.")).toBeVisible();
    await expect(page).toHaveURL(/next=%2Feditor%2Faccount/);
    await fillLogin(page, "editor", DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/editor/account");
  });
});

test("an admin adds a user and changes their role, ending their session", async ({ browser }) => {
  const loginId = uniqueId("e2eadm");
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, "admin", DEMO_PASSWORD, { next: "/editor/users" });
  await adminPage.getByLabel("아이디").fill(loginId);
  await adminPage.getByLabel("이름").fill("신입 기자");
  await adminPage.getByLabel("처음 비밀번호").fill("first-pass-1");
  await adminPage.getByRole("button", { name: "추가" }).click();
  await expect(adminPage.getByText("사용자를 추가했습니다.")).toBeVisible();

  const user = await browser.newContext();
  const userPage = await user.newPage();
  await signIn(userPage, loginId, "first-pass-1");
  await expect(userPage.getByText("기자", { exact: false }).first()).toBeVisible();

  await adminPage.reload();
  await adminPage.getByLabel(`${loginId} 역할`).selectOption("EDITOR");
  await adminPage.getByRole("listitem").filter({ hasText: loginId }).getByRole("button", { name: "저장" }).click();
  await expect(adminPage.getByRole("listitem").filter({ hasText: loginId }).getByText("바꿨습니다.")).toBeVisible();
  await expectSignedOut(userPage);
  await adminPage.reload();
  const log = adminPage.getByRole("region", { name: "최근 변경 기록" });
  await expect(log.getByRole("row").filter({ hasText: "역할 변경" }).first()).toBeVisible();
  await expect(log.getByRole("row").filter({ hasText: "사용자 추가" }).first()).toBeVisible();

  // A reporter can't reach user management.
  const reporter = await browser.newContext();
  const reporterPage = await reporter.newPage();
  await signIn(reporterPage, "reporter", DEMO_PASSWORD, { next: "/editor/users" });
  await expect(reporterPage.getByText("이 작업을 할 권한이 없습니다.")).toBeVisible();
  await expect(reporterPage.getByRole("button", { name: "추가" })).toHaveCount(0);
  await Promise.all([admin.close(), user.close(), reporter.close()]);
});

// Shared by the auth specs: throwaway users made with SQL (so the demo users stay usable for
// other specs) and a sign-in through the real form.
import { expect, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { withDatabase } from "./db";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "demo1234!";
export const SESSION_COOKIE = "ln_session";

export function uniqueId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** A random documentation-range IP for X-Forwarded-For, so throttling tests don't lock 127.0.0.1. */
export function randomIp(): string {
  return `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
}

export async function createUser(loginId: string, password: string, role: "REPORTER" | "EDITOR" | "ADMIN" = "REPORTER"): Promise<void> {
  const hash = await hashPassword(password);
  await withDatabase((db) =>
    db.query(
      `INSERT INTO users (login_id, display_name, password_hash, role, updated_at) VALUES ($1, $2, $3, $4, now())`,
      [loginId, `테스트 ${loginId}`, hash, role],
    ),
  );
}

export async function fillLogin(page: Page, loginId: string, password: string, remember = false): Promise<void> {
  await page.getByLabel("아이디").fill(loginId);
  await page.getByLabel("비밀번호", { exact: true }).fill(password);
  if (remember) await page.getByLabel("로그인 유지").check();
  await page.getByRole("button", { name: "로그인", exact: true }).click();
}

export async function signIn(page: Page, loginId: string, password: string, options: { remember?: boolean; next?: string } = {}): Promise<void> {
  const next = options.next ?? "/editor/account";
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await fillLogin(page, loginId, password, options.remember);
  await page.waitForURL((url) => url.pathname === next);
}

/** The account page is reachable only with a live session. */
export async function expectSignedIn(page: Page): Promise<void> {
  await page.goto("/editor/account");
  await expect(page.getByRole("heading", { name: "내 계정", level: 1 })).toBeVisible();
}

export async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/editor/account");
  await expect(page).toHaveURL(/\/login\?next=%2Feditor%2Faccount/);
  await expect(page.getByLabel("아이디")).toBeVisible();
}

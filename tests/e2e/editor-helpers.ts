// Shared by the editor specs: sign in with the demo users, write an article through the form.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, fillLogin } from "./auth-helpers";

export async function signInAs(page: Page, loginId: "admin" | "editor" | "reporter", next = "/editor"): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await fillLogin(page, loginId, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname + url.search === next);
}

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** The Tiptap editable area, found by its label as a reader of the page would. */
export function bodyEditor(page: Page) {
  return page.getByRole("textbox", { name: "본문", exact: true });
}

/** Fills 제목, 게시판 and 본문 of the article form (the page must be on it already). */
export async function fillArticle(page: Page, title: string, board: string, body: string): Promise<void> {
  await page.getByLabel("제목", { exact: true }).fill(title);
  await page.getByLabel("게시판", { exact: true }).selectOption({ label: board });
  const editable = bodyEditor(page);
  await expect(editable).toBeVisible();
  await editable.click();
  await page.keyboard.insertText(body);
}

/** The article id from an editor URL like /editor/articles/123?done=published. */
export function articleIdFrom(url: string): number {
  const match = /\/editor\/articles\/(\d+)/.exec(new URL(url).pathname);
  if (!match) throw new Error(`not an article editor URL: ${url}`);
  return Number(match[1]);
}

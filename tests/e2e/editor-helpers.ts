// Shared by the editor specs: sign in with the demo users, write an article through the form.
import { expect, type Browser, type Page } from "@playwright/test";
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

/** Publishes an article as the demo editor, in a browser context of its own; returns its id. */
export async function publishAsEditor(browser: Browser, title: string, board: string, body: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInAs(page, "editor", "/editor/articles/new");
    await fillArticle(page, title, board, body);
    await Promise.all([page.waitForURL(/\/editor\/articles\/\d+\?done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
    return articleIdFrom(page.url());
  } finally {
    await context.close();
  }
}

/** A made-up Korean word no article has used yet: four random Hangul syllables. */
export function uniqueKoreanWord(): string {
  return Array.from({ length: 4 }, () => String.fromCharCode(0xac00 + Math.floor(Math.random() * 11_172))).join("");
}

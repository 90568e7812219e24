import { expect, test } from "@playwright/test";
import { articleIdFrom, bodyEditor, signInAs, uniqueTitle } from "./editor-helpers";

// Script in a title or body must reach readers as inert text: no dialog, no <script>, no event
// handler or javascript: URL. The body is posted as raw HTML (as a hostile client could), not
// typed through the editor, which would escape it anyway.

const BODY_PAYLOAD = [
  "<p>안전한 문단</p>",
  "<script>alert('script')</script>",
  '<img src="x" onerror="alert(\'img\')">',
  '<p onclick="alert(\'p\')" style="color:red">스타일과 핸들러</p>',
  '<a href="javascript:alert(\'href\')">자바스크립트 링크</a>',
  '<a href="https://example.com/">외부 링크</a>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  "<svg onload=\"alert('svg')\"><circle r=\"5\"/></svg>",
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("mxss")></style></mglyph></table></mtext></math>',
  '<details open ontoggle="alert(\'details\')"><summary>x</summary></details>',
].join("");

test("XSS payloads in title and body are neutral on the public page", async ({ page, browser }) => {
  await signInAs(page, "editor", "/editor/articles/new");
  const marker = uniqueTitle("XSS");
  const title = `${marker} <img src=x onerror=alert('title')><script>alert('title2')</script>`;
  await page.getByLabel("제목", { exact: true }).fill(title);
  await page.getByLabel("게시판", { exact: true }).selectOption({ label: "사회" });
  await bodyEditor(page).click();
  await page.keyboard.insertText("자리");
  // Replace what the editor would submit with hostile HTML.
  await page.evaluate((html) => {
    const input = document.querySelector<HTMLInputElement>('input[type="hidden"][name="body"]');
    if (!input) throw new Error("no body input");
    input.value = html;
  }, BODY_PAYLOAD);
  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const id = articleIdFrom(page.url());

  const reader = await browser.newPage();
  const dialogs: string[] = [];
  reader.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await reader.goto(`/article/${id}`);
  expect(response?.status()).toBe(200);
  await reader.waitForLoadState("networkidle");

  // The title is shown as literal text.
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const article = reader.locator("article").first();
  await expect(article.getByText("안전한 문단", { exact: true })).toBeVisible();
  await expect(article.getByRole("link", { name: "외부 링크" })).toHaveAttribute("rel", "noopener nofollow");
  await expect(article.getByText("스타일과 핸들러", { exact: true })).not.toHaveAttribute("style", /.*/);
  expect(await article.locator("script, iframe, svg, math, style, details").count()).toBe(0);

  // Nowhere on the page: no event handler attribute, no javascript: URL.
  const dangerous = await reader.locator("body").evaluate((root) => {
    const found: string[] = [];
    for (const el of Array.from(root.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);
  expect(dialogs).toEqual([]);
  await reader.close();
});

import { expect, test } from "@playwright/test";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "../editor-helpers";

// The HTTP cache in front serves readers one shared copy: it must never hand one person's
// cookies or pages to another, and editors must see their own, live pages.

const READER_PAGES = ["/", "/board/news", "/board/news?page=2", "/schedule", "/rss.xml", "/search?q=%EC%8B%9C%EC%A0%95"];

test("a signed-in editor gets the editor area and their draft's preview straight from the origin", async ({ page }) => {
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("미리보기 초안");
  await fillArticle(page, title, "행정", "아직 발행하지 않은 초안입니다.");
  await Promise.all([page.waitForURL(/done=saved/), page.getByRole("button", { name: "임시저장" }).click()]);
  const id = articleIdFrom(page.url());

  for (const path of ["/editor", `/editor/articles/${id}`, "/editor/articles/new"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-cache"], path).toBeUndefined();
    expect(response.headers()["cache-control"] ?? "", path).toMatch(/private|no-store|no-cache/);
  }
  const editorPage = await page.request.get(`/editor/articles/${id}`);
  expect(await editorPage.text()).toContain(title);
  // Reader pages bypass the cache for a signed-in editor.
  const home = await page.request.get("/");
  expect(home.headers()["x-cache"]).toBe("BYPASS");
});

test("a reader never receives another user's Set-Cookie", async ({ page, request }) => {
  // An editor signs in and reads the site: responses to them may set cookies.
  await signInAs(page, "editor", "/editor");
  for (const path of READER_PAGES) await page.request.get(path);
  await page.request.get(`/login`);

  // Anonymous readers, right after: cached or not, no response carries a cookie.
  for (let round = 0; round < 2; round++) {
    for (const path of READER_PAGES) {
      const response = await request.get(path, { headers: { cookie: "" } });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["set-cookie"], `${path} (round ${round + 1})`).toBeUndefined();
    }
  }
});
